"""The packer's commands: the command barcodes (``#LP:...``) and the same actions as buttons.

Log in/out, confirm an item without its barcode, link an alias, undo, cancel, done,
pack the verified part only, reprint, repack, retry, and a pick list's barcode. Each
answers with a :class:`ScanOutcome` at once; API work runs as the one background step
(:meth:`~lazpack.services.packing_base.PackingBase.start_step`).
"""

from __future__ import annotations

from lazpack.domain.scan import (
    COMMAND_PREFIX,
    Command,
    CommandScan,
    key,
    normalize,
)
from lazpack.domain.workflow import (
    VERIFYING_STATES,
    Event,
    Kind,
    ScanOutcome,
    State,
    Step,
)
from lazpack.errors import WorkflowError
from lazpack.i18n import arg, translate
from lazpack.services.packing_base import PackingBase


class PackerCommands(PackingBase):
    """The packer's actions (scanned command barcodes or buttons)."""

    # -------------------------------------------------------------- packer actions
    def run_command(self, cmd: CommandScan, code: str) -> ScanOutcome:
        c = cmd.command
        if c is Command.PACKER:
            return self.login(cmd.arg, code=code)
        if c is Command.LOGOUT:
            return self.login("", code=code)
        if c is Command.WAVE:
            return self._wave(cmd.arg, code)
        if self.busy:
            return self._busy(code)
        if c is Command.UNDO:
            return self.undo(code=code)
        if c is Command.CANCEL:
            return self.cancel(code=code)
        if c is Command.DONE:
            return self.done(code=code)
        if c is Command.REPRINT:
            return self.reprint(code=code)
        if c is Command.REPACK:
            return self.repack(code=code)
        if c is Command.MANUAL:
            return self.confirm_manual(None, code=code)
        return self.pack_verified_only(code=code)  # Command.PARTIAL

    def _wave(self, arg: str, code: str) -> ScanOutcome:
        """A pick list's barcode: list its orders (read-only; an open order stays open)."""
        try:
            if self.on_wave is None:
                raise WorkflowError(
                    translate("PackingService", "Pick lists are not available at this station.")
                )
            text = self.on_wave(arg)
        except WorkflowError as err:
            return self.not_allowed(err.user_message, code)
        return self.record(self.make_outcome(Kind.WAVE, text, code=code), changed=False)

    def login(self, name: str, *, code: str = "") -> ScanOutcome:
        self.packer = name.strip()
        if self.session is not None:
            self.session.packer = self.packer
        self.journal_event("packer", self.packer or "(logged out)")
        text = (
            arg(translate("PackingService", "Packer: %1."), self.packer)
            if self.packer
            else translate("PackingService", "Packer logged out.")
        )
        return self.record(self.make_outcome(Kind.PACKER, text, code=code), changed=True)

    def confirm_manual(self, sku: str | None, *, code: str = "") -> ScanOutcome:
        """Count one unit of ``sku`` without its barcode (an explicit packer action).

        ``None`` means "the missing item" and is only accepted when exactly one SKU is
        still missing, so the command barcode can never confirm the wrong thing.
        """
        s = self.session
        if s is None:
            return self.not_allowed(translate("PackingService", "No order is open."), code)
        if sku is None:
            missing = s.missing()
            if len(missing) != 1:
                return self.not_allowed(
                    arg(
                        translate(
                            "PackingService",
                            "%1 different items are missing: choose the one to confirm on screen.",
                        ),
                        len(missing),
                    ),
                    code,
                )
            sku = missing[0].sku
        if sku not in s.lines:
            return self.not_allowed(
                arg(translate("PackingService", "%1 is not in order %2."), sku, s.order_number),
                code,
            )
        return self.verify_item(sku, code=code or f"manual:{sku}", manual=True)

    def link_alias(self, barcode: str, sku: str) -> ScanOutcome:
        """Remember ``barcode`` as ``sku`` for this shop, and count it as that item."""
        s = self.session
        code = normalize(barcode)
        if s is None:
            return self.not_allowed(
                translate("PackingService", "Open the order first, then link the barcode."), code
            )
        if not code or key(code).startswith(COMMAND_PREFIX):
            return self.not_allowed(
                arg(translate("PackingService", "“%1” cannot be linked to an item."), code), code
            )
        if sku not in s.lines:
            return self.not_allowed(
                arg(translate("PackingService", "%1 is not in order %2."), sku, s.order_number),
                code,
            )
        existing = self.codes.meaning(code)
        if existing:
            return self.not_allowed(
                arg(translate("PackingService", "“%1” already means %2."), code, existing), code
            )
        self.codes.link(s, code, sku, packer=self.packer)
        self.emit(
            self.make_outcome(
                Kind.ALIAS_LINKED,
                arg(translate("PackingService", "“%1” is now %2."), code, sku),
                code=code,
                sku=sku,
            )
        )
        return self.verify_item(sku, code=code, via="alias")

    def undo(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None:
            return self.not_allowed(translate("PackingService", "No order is open."), code)
        try:
            sku, manual = s.undo()
        except WorkflowError as err:
            return self.not_allowed(err.user_message, code)
        line = s.lines[sku]
        how = (
            translate("PackingService", "manual confirmation")
            if manual
            else translate("PackingService", "scan")
        )
        self.last_error = ""
        return self.record(
            self.make_outcome(
                Kind.UNDONE,
                arg(
                    translate("PackingService", "Took back one %1 (%2): %3 of %4."),
                    sku,
                    how,
                    line.done,
                    line.expected,
                ),
                code=code,
                sku=sku,
            ),
            changed=True,
        )

    def cancel(self, *, code: str = "") -> ScanOutcome:
        """Abandon the order before packing, or leave it once Lazada has it packed."""
        s = self.session
        if s is None:
            return self.not_allowed(translate("PackingService", "No order is open."), code)
        if self.busy:
            return self._busy(code)
        number, state = s.order_number, s.state
        if s.can(Event.CANCEL):
            self.close_session(Event.CANCEL)
            return self.refuse(
                Kind.CANCELLED,
                arg(
                    translate(
                        "PackingService",
                        "Order %1 cancelled at the station; nothing was sent to Lazada.",
                    ),
                    number,
                ),
                code=code,
            )
        pkgs = ", ".join(s.package_ids)
        self.close_session(Event.CLOSE)
        where = (
            translate("PackingService", "ready to ship")
            if state is State.READY_TO_SHIP
            else arg(translate("PackingService", "packed (%1)"), pkgs)
        )
        return self.refuse(
            Kind.CLOSED,
            arg(
                translate("PackingService", "Order %1 closed; it stays %2 at Lazada."),
                number,
                where,
            ),
            code=code,
        )

    def done(self, *, code: str = "") -> ScanOutcome:
        """Finish the order: run the remaining steps up to ready to ship, or close it."""
        s = self.session
        if s is None:
            return self.not_allowed(translate("PackingService", "No order is open."), code)
        if s.state is State.READY_TO_SHIP:
            return self.cancel(code=code)
        if s.state in VERIFYING_STATES:
            return self.not_allowed(
                translate(
                    "PackingService",
                    "%n item(s) still missing. Scan them, confirm them manually, or scan "
                    "PARTIAL to pack only the verified ones.",
                    None,
                    s.expected - s.verified,
                ),
                code,
            )
        if s.state is State.LABELLED and self.settings.confirm_label_scan and not s.label_confirmed:
            return self.not_allowed(
                translate("PackingService", "Scan the label on the parcel first."), code
            )
        return self.start_step_with(
            self.advance(Step.RTS), translate("PackingService", "Working…"), code
        )

    def pack_verified_only(self, *, code: str = "") -> ScanOutcome:
        """Pack just the verified units on purpose; the rest of the order stays pending."""
        s = self.session
        if s is None:
            return self.not_allowed(translate("PackingService", "No order is open."), code)
        if s.state is State.VERIFIED:
            return self.done(code=code)
        if s.state is not State.VERIFYING or s.verified == 0:
            return self.not_allowed(
                translate(
                    "PackingService", "Verify at least one item before packing part of an order."
                ),
                code,
            )
        until = max(self.auto_step(), Step.PACK, key=lambda step: step.rank)
        return self.start_step_with(
            self.advance(until, partial=True),
            arg(
                translate("PackingService", "Packing %1 of %2 items; the rest stays pending."),
                s.verified,
                s.expected,
            ),
            code,
        )

    def reprint(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or s.state not in (State.PACKED, State.LABELLED, State.READY_TO_SHIP):
            return self.not_allowed(
                translate("PackingService", "There is no packed order with a label to print."), code
            )
        if s.is_dbs:
            return self.not_allowed(
                translate("PackingService", "Delivered-by-seller orders have no AWB label."), code
            )
        return self.start_step_with(
            self.pipeline.label(s, reprint=True),
            translate("PackingService", "Printing the label again…"),
            code,
        )

    def repack(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or not s.can(Event.REPACK):
            return self.not_allowed(
                translate(
                    "PackingService",
                    "Only a packed order that is not ready to ship can be repacked.",
                ),
                code,
            )
        return self.start_step_with(
            self.pipeline.repack(s), translate("PackingService", "Recreating the package…"), code
        )

    def retry(self) -> ScanOutcome:
        return self.done()

    def _busy(self, code: str) -> ScanOutcome:
        """A command while a pack/label/RTS step runs: refused, nothing changes."""
        return self.record(
            self.make_outcome(
                Kind.BUSY,
                translate("PackingService", "Wait: the current step is still running."),
                code=code,
            ),
            changed=False,
        )
