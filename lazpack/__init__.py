"""lazpack: a packing station for Lazada sellers."""

__version__ = "0.1.0"
