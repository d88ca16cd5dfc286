"""The .jicpa hand-over package: manifest, archive limits, encryption and schema checks (pure: no Qt, no SQL).

See docs/package-format.md for the byte layout and the meaning of every entry.
"""

from jicpa_desktop.package_format.envelope import KeyCache
from jicpa_desktop.package_format.errors import PackageError, PackageProblem
from jicpa_desktop.package_format.model import (
    FORMAT_VERSION,
    AliasData,
    AuditChainData,
    AuditData,
    CaseData,
    ChainLink,
    ConversationData,
    FieldData,
    InspectionData,
    Manifest,
    PackageData,
    RemovedCaseData,
    ResponseData,
    RowData,
    SnapshotData,
    TeamMemberData,
    VersionData,
)
from jicpa_desktop.package_format.package import (
    open_package_bytes,
    parse_entries,
    read_package,
    read_package_bytes,
    write_package,
)

__all__ = [
    "FORMAT_VERSION",
    "AliasData",
    "AuditChainData",
    "AuditData",
    "CaseData",
    "ChainLink",
    "ConversationData",
    "FieldData",
    "InspectionData",
    "KeyCache",
    "Manifest",
    "PackageData",
    "PackageError",
    "PackageProblem",
    "RemovedCaseData",
    "ResponseData",
    "RowData",
    "SnapshotData",
    "TeamMemberData",
    "VersionData",
    "open_package_bytes",
    "parse_entries",
    "read_package",
    "read_package_bytes",
    "write_package",
]
