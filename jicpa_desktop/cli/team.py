"""Team commands: who I am (identity set/show), the team (team add/list/edit/retire), allocating files and a
tracked file's conversations, and removing files."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from sqlalchemy import text

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.services.allocation import CONVERSATIONS, AllocationResult
from jicpa_desktop.services.errors import NotFoundError
from jicpa_desktop.services.identity import member_label
from jicpa_desktop.services.team import ROLES

EXIT_OK = 0


def use_remembered_identity(args: argparse.Namespace, services: AppServices) -> None:
    """Sign the command's changes as the member chosen on this laptop for the inspection it works in
    (``--as NAME`` still overrides): the inspection named by --inspection, or the one holding --case."""
    inspection_id = getattr(args, "inspection", None)
    case_id = getattr(args, "case", None)
    if isinstance(case_id, list):  # case allocate takes several
        case_id = case_id[0] if case_id else None
    if not inspection_id and isinstance(case_id, str) and case_id:
        with services.context.reading() as session:
            found = session.execute(
                text("SELECT inspection_id FROM case_file WHERE id = :c"), {"c": case_id}
            ).scalar()
        inspection_id = None if found is None else str(found)
    if inspection_id:
        services.identity.use(str(inspection_id))


def cmd_identity_set(args: argparse.Namespace, services: AppServices) -> int:
    member = services.identity.choose(args.inspection, args.member)
    echo(f"On this laptop you are {member_label(member.name, member.inspectorate)}, {member.role}, "
         "in this inspection.")
    return EXIT_OK


def cmd_identity_show(args: argparse.Namespace, services: AppServices) -> int:
    member = services.identity.current(args.inspection)
    if args.json:
        print_json(None if member is None else {**asdict(member),
                                                "label": member_label(member.name, member.inspectorate)})
        return EXIT_OK
    if member is None:
        echo("Nobody has said who they are in this inspection on this laptop yet: "
             "'jicpa identity set --inspection ID --member NAME'.")
        return EXIT_OK
    echo(f"{member_label(member.name, member.inspectorate)}, {member.role}")
    return EXIT_OK


def cmd_team_add(args: argparse.Namespace, services: AppServices) -> int:
    member = services.team.add(args.inspection, args.name, args.inspectorate, args.role)
    echo(member.id)
    return EXIT_OK


def cmd_team_list(args: argparse.Namespace, services: AppServices) -> int:
    members = services.team.members(args.inspection)
    counts = services.team.file_counts(args.inspection)
    me = services.identity.current(args.inspection)
    if args.json:
        print_json([{**asdict(m), "files": counts.get(m.id, 0), "me": me is not None and me.id == m.id}
                    for m in members])
        return EXIT_OK
    print_table([(m.id, m.name, m.inspectorate, m.role, counts.get(m.id, 0),
                  "retired" if m.retired else "", "me" if me is not None and me.id == m.id else "")
                 for m in members], ("id", "name", "inspectorate", "role", "files", "", ""))
    return EXIT_OK


def _member_id(services: AppServices, inspection_id: str, name: str) -> str:
    members, wanted = services.team.members(inspection_id), name.strip()
    found = next((m for m in members if m.name == wanted), None) or next(
        (m for m in members if m.name.casefold() == wanted.casefold()), None)
    if found is not None:
        return found.id
    raise NotFoundError(f"{name!r} is not in this inspection's team. The team is: "
                        f"{', '.join(m.name for m in members)}.")


def cmd_team_edit(args: argparse.Namespace, services: AppServices) -> int:
    member_id = _member_id(services, args.inspection, args.member)
    member = services.team.edit(args.inspection, member_id, name=args.name, inspectorate=args.inspectorate,
                                role=args.role)
    echo(f"{member_label(member.name, member.inspectorate)}, {member.role}")
    return EXIT_OK


def cmd_team_retire(args: argparse.Namespace, services: AppServices) -> int:
    member_id = _member_id(services, args.inspection, args.member)
    member = services.team.retire(args.inspection, member_id, retired=not args.reinstate)
    echo(f"{member.name} {'is retired from' if member.retired else 'is back in'} the team")
    return EXIT_OK


def cmd_case_allocate(args: argparse.Namespace, services: AppServices) -> int:
    inspector = None if args.unallocate else args.inspector
    if not args.conversation:
        result = services.allocation.allocate(args.case, inspector)
        echo(f"allocated {result.changed}, already so {result.unchanged}")
        return EXIT_OK
    people = list(CONVERSATIONS) if "all" in args.conversation else args.conversation
    total = AllocationResult(0, 0)
    for case_id in dict.fromkeys(args.case):
        result = services.allocation.allocate_conversations(case_id, people, inspector)
        total = AllocationResult(total.changed + result.changed, total.unchanged + result.unchanged)
    echo(f"allocated {total.changed} conversation(s), already so {total.unchanged}")
    return EXIT_OK


def cmd_case_conversations(args: argparse.Namespace, services: AppServices) -> int:
    held = services.allocation.conversations(args.case)
    if args.json:
        print_json([{"person": c.person, "label": c.label.get(args.message_lang), "inspector": c.inspector}
                    for c in held])
        return EXIT_OK
    print_table([(c.person, c.label.get(args.message_lang), c.inspector or "-") for c in held],
                ("conversation", "with", "inspector"))
    return EXIT_OK


def cmd_case_remove(args: argparse.Namespace, services: AppServices) -> int:
    removed = services.allocation.remove_case(args.case, confirm=args.confirm)
    echo(f"removed {removed.reference} ({removed.agency}); its details are kept in the audit trail")
    return EXIT_OK


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(parser.prog)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    identity = commands.add_parser("identity", help="who you are in an inspection, on this laptop").add_subparsers(
        dest="identity_command", required=True, metavar="SUBCOMMAND")
    p = identity.add_parser("set", help="remember which team member you are (changes are signed with it)")
    p.add_argument("--inspection", required=True)
    p.add_argument("--member", required=True, help="your name as it is in the team")
    p.set_defaults(handler=cmd_identity_set)
    p = identity.add_parser("show", help="the team member you are in an inspection")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_identity_show, read_only=True)

    team = commands.add_parser("team", help="add and list the members of an inspection's team").add_subparsers(
        dest="team_command", required=True, metavar="SUBCOMMAND")
    p = team.add_parser("add", help="add a member to the team and print their id")
    p.add_argument("--inspection", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--inspectorate", required=True, choices=[i.value for i in Inspectorate])
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(handler=cmd_team_add)
    p = team.add_parser("list", help="the team, with each member's files")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_team_list, read_only=True)
    p = team.add_parser("edit", help="correct a member's name, inspectorate or role (travels to every laptop)")
    p.add_argument("--inspection", required=True)
    p.add_argument("--member", required=True, help="the member's name as it is now")
    p.add_argument("--name", help="the corrected name")
    p.add_argument("--inspectorate", choices=[i.value for i in Inspectorate])
    p.add_argument("--role", choices=ROLES)
    p.set_defaults(handler=cmd_team_edit)
    p = team.add_parser("retire", help="retire a member (kept in the history; travels to every laptop)")
    p.add_argument("--inspection", required=True)
    p.add_argument("--member", required=True, help="the member's name")
    p.add_argument("--reinstate", action="store_true", help="bring a retired member back")
    p.set_defaults(handler=cmd_team_retire)

    # The case group is core's; allocation and removal are the team's, added to it here.
    case = _subcommands(commands.choices["case"])
    p = case.add_parser("allocate", help="allocate case files to a team member (repeat --case for several)")
    p.add_argument("--case", required=True, action="append", help="case file id (repeat for more)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--inspector", help="the team member's name")
    who.add_argument("--unallocate", action="store_true", help="leave the files unallocated")
    p.add_argument("--conversation", action="append", choices=[*CONVERSATIONS, "all"],
                   help="allocate this conversation of the tracked file(s) instead of the file (repeat for more)")
    p.set_defaults(handler=cmd_case_allocate)
    p = case.add_parser("conversations", help="who holds each conversation of a tracked file")
    p.add_argument("--case", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_conversations, read_only=True)
    p = case.add_parser("remove", help="remove a case file added by mistake (kept in the audit trail)")
    p.add_argument("--case", required=True)
    p.add_argument("--confirm", action="store_true", help="the lead confirms removing a file that has answers")
    p.set_defaults(handler=cmd_case_remove)
