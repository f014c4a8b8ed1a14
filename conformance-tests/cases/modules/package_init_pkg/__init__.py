print("package_init_pkg/__init__ runs")
from .models import Model
__all__ = ["Model", "VERSION"]
VERSION = (1, 2)
