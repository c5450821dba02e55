"""Everything tests share, in one place; test modules import shared code from here only
(``tests/test_hygiene.py`` checks it). Fixtures stay in the conftest of the folder that uses
them.

Fakes of the ports (each declares the port it implements, and mypy checks it):

* ``lazada`` — ``FakeLazada`` (``LazadaPort``): an in-memory shop with Lazada's item
  lifecycle and injectable faults;
* ``packing`` — ``MemoryJournal`` (``JournalPort``), ``PortLabels`` (``LabelPort``),
  ``Index`` (``OrderIndex``);
* ``auth`` — ``FakeAuthHost`` (``AuthPort``): token endpoints with Lazada's rotation rules;
* ``clocks`` — ``FakeClock`` (``Clock``) and the scanner's ``StepClock``;
* ``keyrings`` — in-memory keyring backends, and the ``memory_keyring``/``no_keyring``
  fixtures (a pytest plugin, loaded by tests/conftest.py);
* ``lazada_http`` — a scripted raw-ASGI Lazada for the client's own unit tests.

Builders and readers: ``orders`` (orders, items, a main-window book), ``slips`` (a DBS
order), ``journal_days`` (two days of journalled packing), ``labels`` (label PDFs and
reading printed output back), ``lazop`` (a test-side signed Lazada caller).

Harnesses: ``station`` (a headless station composed by ``lazpack.station.StationCore``,
driven step by step), ``emulator_process`` (the emulator in its own process), ``leaks``
(secret scanning of a station's files), ``e2e`` (the real window: start, scan bursts,
waiting on the loop), ``qt`` (the qasync loop factories).
"""
