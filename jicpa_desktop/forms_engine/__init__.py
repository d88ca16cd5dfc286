"""Forms engine: loads the YAML form language, checks it, and evaluates answers against it (no Qt, no SQL)."""

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.check import check_forms_dir
from jicpa_desktop.forms_engine.evaluation import (
    AnswerRef,
    Evaluation,
    ResponseState,
    RowState,
    check_constraint,
    evaluate,
    is_negative,
)
from jicpa_desktop.forms_engine.expressions import (
    Expression,
    ExpressionEnv,
    ExpressionError,
    ExpressionTypeError,
    compile_expression,
)
from jicpa_desktop.forms_engine.loader import (
    bundled_forms_dir,
    load_form_file,
    load_form_text,
    load_forms_dir,
    load_standard_text,
)
from jicpa_desktop.forms_engine.problems import FormDefinitionError, FormProblem

__all__ = [
    "AnswerRef",
    "Evaluation",
    "Expression",
    "ExpressionEnv",
    "ExpressionError",
    "ExpressionTypeError",
    "FormCatalogue",
    "FormDefinitionError",
    "FormProblem",
    "ResponseState",
    "RowState",
    "bundled_forms_dir",
    "check_constraint",
    "check_forms_dir",
    "compile_expression",
    "evaluate",
    "is_negative",
    "load_form_file",
    "load_form_text",
    "load_forms_dir",
    "load_standard_text",
]
