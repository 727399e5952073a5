"""Word vectors from a small static embedding model that ships inside a registry package.

The model is WordLlama's 256-dimension token embedding table (16 MB), which the `wordllama`
wheel carries in its own folder. It is read from disk with `safetensors` and `tokenizers` (the
package itself is not imported: its import sets up logging and it would fetch files it cannot
find from a hub). Nothing here touches the network. The table is loaded once per process, on the
first call, and a word's vector is the mean of its tokens' vectors, normalised, so the same text
always gets the same numbers.

Loading it also limits numpy's BLAS to one thread for the process: the marking multiplies small
matrices (a text's words by another's), where OpenBLAS's worker threads only spin, and on a busy
two-core server they made one comparison up to ten times slower.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

PACKAGE = "wordllama"
WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"


class ModelMissing(RuntimeError):
    """The embedding model's files are not installed."""


class _Model:
    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights, tokenizer = folder / WEIGHTS, folder / TOKENIZER
        if not weights.is_file() or not tokenizer.is_file():
            raise ModelMissing(f"the {PACKAGE} package has no model files in {folder}")
        self.table = np.ascontiguousarray(load_file(str(weights))[TENSOR], dtype=np.float32)
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    def vector(self, word: str) -> np.ndarray:
        ids = self.tokenizer.encode(word, add_special_tokens=False).ids
        if not ids:
            return np.zeros(self.table.shape[1], dtype=np.float32)
        v = self.table[ids].mean(axis=0)
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v


_lock = threading.Lock()
_model: _Model | None = None


def package_folder() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(
            f"the '{PACKAGE}' package is not installed (pip install -r requirements.txt)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def model() -> _Model:
    """The model, loaded on first use (about 0.2 s) and kept for the life of the process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                threadpool_limits(limits=1, user_api="blas")
                _model = _Model(package_folder())
    return _model


@lru_cache(maxsize=65536)
def word_vector(word: str) -> np.ndarray:
    """A word's unit vector (read-only: callers stack these, never change them)."""
    vector = model().vector(word)
    vector.setflags(write=False)
    return vector


def dimensions() -> int:
    return int(model().table.shape[1])
