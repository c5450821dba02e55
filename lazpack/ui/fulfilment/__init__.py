"""The fulfilment dialogs, one module per family (the controller: ``ui.fulfilment_dialogs``).

``provider`` (which shipment provider packs an order), ``outcomes`` (a batch's per-row
outcome, with Retry), ``dbs`` (seller-delivered packages: the DBS tab and its delivered /
failed dialog), ``confirm`` (recreate a package, deliver digital items) and ``common`` (the
small helpers they share). Every dialog is opened with ``open()`` and awaited through a
future (``run_dialog``), never ``exec()`` inside a coroutine (design.md §3).
"""
