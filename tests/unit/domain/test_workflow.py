"""The packing state machine and the per-order verification model."""

from __future__ import annotations

from typing import Any

import pytest

from lazpack.domain.models import OrderItem
from lazpack.domain.workflow import (
    TRANSITIONS,
    Event,
    Kind,
    PackSession,
    Severity,
    State,
    Step,
    Verify,
    allowed_events,
    next_action,
    next_state,
    severity_of,
)
from lazpack.errors import IllegalTransitionError, WorkflowError


def item(iid: int, sku: str, status: str = "pending", **kw: Any) -> OrderItem:
    return OrderItem(
        order_item_id=iid, order_id=100, status=status, name=f"Name {sku}", sku=sku, **kw
    )


def session(*items: OrderItem) -> PackSession:
    return PackSession.open(shop_id="s1", order_number=5001, items=items, packer="ana")


# ------------------------------------------------------------------ machine
HAPPY = [
    (State.IDLE, Event.OPEN, State.ORDER_OPEN),
    (State.ORDER_OPEN, Event.SCAN, State.VERIFYING),
    (State.VERIFYING, Event.COMPLETE, State.VERIFIED),
    (State.VERIFIED, Event.PACK, State.PACKED),
    (State.PACKED, Event.LABEL, State.LABELLED),
    (State.LABELLED, Event.RTS, State.READY_TO_SHIP),
    (State.READY_TO_SHIP, Event.CLOSE, State.IDLE),
]


@pytest.mark.parametrize(("state", "event", "target"), HAPPY)
def test_happy_path_transitions(state: State, event: Event, target: State) -> None:
    assert next_state(state, event) is target


ILLEGAL = [(s, e) for s in State for e in Event if (s, e) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "event"), ILLEGAL)
def test_every_illegal_transition_raises(state: State, event: Event) -> None:
    with pytest.raises(IllegalTransitionError) as info:
        next_state(state, event)
    assert "Cannot" in info.value.user_message


def test_illegal_transitions_cover_the_dangerous_ones() -> None:
    # nothing may jump past verification or skip pack by accident
    dangerous = {
        (State.ORDER_OPEN, Event.PACK),
        (State.VERIFYING, Event.PACK),
        (State.IDLE, Event.RTS),
        (State.VERIFIED, Event.RTS),
        (State.PACKED, Event.CANCEL),
        (State.READY_TO_SHIP, Event.PACK),
        (State.ORDER_OPEN, Event.PACK_PARTIAL),
    }
    assert dangerous <= set(ILLEGAL)


def test_cancel_after_pack_explains_what_to_do() -> None:
    with pytest.raises(IllegalTransitionError) as info:
        next_state(State.PACKED, Event.CANCEL)
    assert "repack" in info.value.hint


def test_allowed_events_of_idle_is_only_open() -> None:
    assert allowed_events(State.IDLE) == {Event.OPEN}


def test_severity_maps_errors_to_red() -> None:
    assert severity_of(Kind.WRONG_ITEM) is Severity.ERROR
    assert severity_of(Kind.OVER_SCAN) is Severity.ERROR
    assert severity_of(Kind.UNKNOWN) is Severity.ERROR
    assert severity_of(Kind.OK) is Severity.OK
    assert severity_of(Kind.UNDONE) is Severity.INFO


# ------------------------------------------------------------------ verification
def test_rows_are_grouped_by_sku() -> None:
    s = session(item(1, "A"), item(2, "A"), item(3, "B"))
    assert s.state is State.ORDER_OPEN
    assert [(v.sku, v.expected) for v in s.views()] == [("A", 2), ("B", 1)]
    assert (s.verified, s.expected) == (0, 3)


def test_canceled_rows_are_not_expected() -> None:
    s = session(item(1, "A"), item(2, "B", status="canceled"))
    assert list(s.lines) == ["A"]


def test_order_with_nothing_to_pack_cannot_open() -> None:
    with pytest.raises(WorkflowError, match="nothing to pack"):
        session(item(1, "A", status="canceled"), item(2, "B", status="shipped"))


def test_verify_until_complete() -> None:
    s = session(item(1, "A"), item(2, "A"), item(3, "B"))
    assert s.verify("A") is Verify.OK
    assert s.state is State.VERIFYING
    assert s.verify("B") is Verify.OK
    assert s.verify("A") is Verify.COMPLETE
    assert s.state is State.VERIFIED
    assert s.complete


def test_over_scan_changes_nothing() -> None:
    s = session(item(1, "A"), item(2, "B"))
    s.verify("A")
    assert s.verify("A") is Verify.OVER_SCAN
    assert s.lines["A"].scanned == 1
    assert s.state is State.VERIFYING


def test_wrong_item_changes_nothing() -> None:
    s = session(item(1, "A"))
    assert s.verify("Z") is Verify.NOT_IN_ORDER
    assert s.state is State.ORDER_OPEN and s.verified == 0


def test_manual_confirmation_is_counted_separately() -> None:
    s = session(item(1, "A"), item(2, "A"))
    s.verify("A")
    assert s.verify("A", manual=True) is Verify.COMPLETE
    assert (s.lines["A"].scanned, s.lines["A"].manual) == (1, 1)


def test_undo_walks_back_to_order_open() -> None:
    s = session(item(1, "A"), item(2, "B"))
    s.verify("A")
    s.verify("B", manual=True)
    assert s.state is State.VERIFIED
    assert s.undo() == ("B", True)
    assert s.state is State.VERIFYING and s.lines["B"].manual == 0
    assert s.undo() == ("A", False)
    assert s.state is State.ORDER_OPEN and s.verified == 0
    with pytest.raises(IllegalTransitionError, match="no item scan"):
        s.undo()


def test_scan_after_pack_is_illegal_and_counts_nothing() -> None:
    s = session(item(1, "A"), item(2, "B"))
    s.verify("A")
    s.fire(Event.PACK_PARTIAL)
    with pytest.raises(IllegalTransitionError):
        s.verify("B")
    assert s.lines["B"].done == 0


def test_undo_after_pack_is_illegal() -> None:
    s = session(item(1, "A"))
    s.verify("A")
    s.fire(Event.PACK)
    with pytest.raises(IllegalTransitionError):
        s.undo()
    assert s.lines["A"].scanned == 1


def test_partial_pack_takes_only_verified_units_preferring_packable_rows() -> None:
    s = session(item(1, "A", status="packed"), item(2, "A"), item(3, "A"), item(4, "B"))
    s.verify("A")
    s.verify("A")
    assert s.verified_item_ids() == [2, 3]
    assert s.unpacked_item_ids(s.verified_item_ids()) == [2, 3]


def test_update_from_items_collects_packages() -> None:
    s = session(item(1, "A"), item(2, "B"))
    s.update_from_items(
        [
            item(1, "A", status="packed", package_id="FP1", tracking_code="T1"),
            item(2, "B", status="packed", package_id="FP1", tracking_code="T1"),
            item(9, "Z", status="packed", package_id="FP9"),  # not ours
        ]
    )
    assert s.package_ids == ["FP1"] and s.tracking_codes == ["T1"]
    assert s.already_packed and not s.already_ready


# ------------------------------------------------------------------ persistence
def test_snapshot_round_trip_keeps_everything() -> None:
    s = session(item(1, "A"), item(2, "A"), item(3, "B"))
    s.verify("A")
    s.verify("B", manual=True)
    s.package_ids.append("FP1")
    restored = PackSession.from_dict(s.to_dict())
    assert restored == s
    # and it keeps working where it stopped
    assert restored.verify("A") is Verify.COMPLETE
    assert restored.undo() == ("A", False)


@pytest.mark.parametrize(
    "damage",
    [
        {"v": 2},
        {"state": "floating"},
        {"lines": "nope"},
        {"history": [["GHOST", False]]},
        {"order_id": "abc"},
    ],
)
def test_damaged_snapshot_is_a_clear_error(damage: dict[str, object]) -> None:
    data = session(item(1, "A")).to_dict()
    data.update(damage)
    with pytest.raises(WorkflowError, match="cannot be restored"):
        PackSession.from_dict(data)


# ------------------------------------------------------------------ guards and side-state
def packed_session(*, by_label: bool = False) -> PackSession:
    s = PackSession.open(
        shop_id="s1", order_number=5001, items=[item(1, "A")], packer="ana", by_label=by_label
    )
    s.verify("A")
    s.fire(Event.PACK)
    s.package_ids.append("FP1")
    s.tracking_codes.append("TRK1")
    return s


def test_steps_are_ordered_and_name_their_goal() -> None:
    assert [step.rank for step in Step] == [0, 1, 2, 3]
    assert Step.parse("label") is Step.LABEL and Step.LABEL.goal is State.LABELLED
    with pytest.raises(WorkflowError, match="Unknown packing step 'ship'"):
        Step.parse("ship")


def test_pack_event_depends_on_what_is_verified() -> None:
    s = session(item(1, "A"), item(2, "B"))
    s.verify("A")
    assert s.pack_event is Event.PACK_PARTIAL
    s.fire_pack(partial=True)
    assert s.state is State.PACKED and s.partial
    full = session(item(1, "A"))
    full.verify("A")
    assert full.pack_event is Event.PACK


def test_label_is_confirmed_through_the_transition_only_once_labelled() -> None:
    s = packed_session()
    assert not s.confirm_label()  # packed, no label printed yet
    s.fire(Event.LABEL)
    assert s.confirm_label() and s.label_confirmed and s.state is State.LABELLED
    assert not s.confirm_label()  # already confirmed: nothing changes


def test_opening_by_the_parcel_label_counts_as_confirmed() -> None:
    assert packed_session(by_label=True).label_confirmed
    assert not packed_session().label_confirmed


def test_repack_forgets_the_void_package_and_its_confirmation() -> None:
    s = packed_session()
    s.fire(Event.LABEL)
    s.confirm_label()
    s.fire(Event.REPACK)
    assert s.state is State.VERIFIED
    assert (s.package_ids, s.tracking_codes, s.label_confirmed) == ([], [], False)


def test_forget_some_packages_keeps_the_others() -> None:
    s = packed_session()
    s.package_ids.append("FP2")
    s.forget_packages(["FP1"])
    assert s.package_ids == ["FP2"] and s.tracking_codes == []


def test_next_action_follows_the_state() -> None:
    assert next_action(None, confirm_label_scan=True).startswith("Scan an order number")
    s = session(item(1, "A"), item(2, "A"), item(3, "B"))
    assert next_action(s, confirm_label_scan=False) == (
        "Scan A — Name A (2 left); 1 more SKU missing."
    )
    assert next_action(s, confirm_label_scan=False, failed=True).startswith("Scan DONE to try")
    assert next_action(s, confirm_label_scan=False, waiting=True).startswith("Working on it")
    p = packed_session()
    assert next_action(p, confirm_label_scan=True) == "Scan DONE to print the label."
    p.is_dbs = True
    assert next_action(p, confirm_label_scan=True) == "Scan DONE to mark ready to ship."
    labelled = packed_session()
    labelled.fire(Event.LABEL)
    assert next_action(labelled, confirm_label_scan=True).startswith("Scan the label")
    assert next_action(labelled, confirm_label_scan=False) == "Scan DONE to mark ready to ship."
    labelled.fire(Event.RTS)
    assert next_action(labelled, confirm_label_scan=True).startswith("Put the parcel aside")
