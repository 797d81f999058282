"""rasid (راصد): structured, explainable event data from Arabic news."""

__version__ = "0.1.0"
