"""The keys allowed at each level of a form file, which are required, and the id syntax."""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
# Choice ids may start with a digit (`0_to_4`); question ids may not, because expressions name them.
CHOICE_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_]*")
STANDARD_PREFIX = "std_"
STANDARD_FILE = "_standard.yaml"

FORM_KEYS = (
    "form",
    "version",
    "order",
    "welsh",
    "title",
    "description",
    "agencies",
    "principles",
    "kinds",
    "scope",
    "standard",
    "renamed",
    "grade_roll_up",
    "defaults",
    "sections",
)
FORM_REQUIRED = ("form", "version", "title", "agencies", "sections")

STANDARD_KEYS = ("standard", "welsh", "defaults", "sections")  # `standard:` holds the standard fields' version
STANDARD_REQUIRED = ("standard", "sections")

SECTION_KEYS = ("id", "title", "defaults", "questions")
SECTION_REQUIRED = ("id", "title", "questions")

# What `defaults:` (form or section level) may set for the questions below it; a question's own key wins.
DEFAULT_KEYS = ("required", "evidence", "limiting", "principles", "agencies", "na_reason", "identifying", "scored")

QUESTION_KEYS = (
    "id",
    "type",
    "label",
    "help",
    "required",
    "evidence",
    "limiting",
    "principles",
    "relevant",
    "constraint",
    "negative_when",
    "scored",
    "choices",
    "columns",
    "identifying",
    "source",
    "agencies",
    "role",
    "event",
    "timescale",
    "na_reason",
)
QUESTION_REQUIRED = ("id", "type", "label")

CHOICE_KEYS = ("id", "label", "negative", "score")
CHOICE_REQUIRED = ("id", "label")

CONSTRAINT_KEYS = ("expression", "message")
CONSTRAINT_REQUIRED = CONSTRAINT_KEYS

TEXT_KEYS = ("en", "cy")

KINDS = ("sampled", "tracked")
WELSH_STATES = ("draft", "reviewed")
EXPRESSION_FIELDS = ("relevant", "constraint", "negative_when")
MAX_CHOICE_SCORE = 2

ID_FIX = "use lower-case letters, digits and _, starting with a letter (e.g. voc_01)"
