"""Label printing: PDF → printer adapter (Qt print support) and the on-disk label store.

``store`` is Qt-free; ``printer`` needs QtGui/QtPrintSupport/QtPdf (never QtWidgets, so the
adapter also runs without a widget application, e.g. in benchmarks).
"""
