"""Stage 4: move from the case to the system with findings, then submit."""

from components import session
from components.finding_editor import add_finding_form, finding_list, submit_panel
from components.own_work import show_if_submitted
from components.stage import checklist, stage_header

person, attempt, scenario = session.work_or_stop()
show_if_submitted("findings", attempt, scenario)
analysis = attempt.analysis

stage_header("findings", attempt, scenario)
finding_list(scenario, analysis)
add_finding_form(analysis)
checklist("findings")
submit_panel(analysis)
