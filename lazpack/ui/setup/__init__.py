"""The steps of "Set up this desk", one module each (the shell: ``lazpack.ui.setup_wizard``).

``step`` is the page every step builds on; then, in the order the wizard shows them:
``packers`` (names and cards), ``printer`` (test label, "did it come out whole?", the fix),
``scanner`` (scan the on-screen barcode: suffix, speed, keyboard layout), ``sound`` (play,
"did you hear them?", output device) and ``shop`` (connect a Lazada shop or keep the demo).
The language step (``lazpack.ui.language_step``) goes first.
"""
