# Checks: an uncaught ModuleNotFoundError prints a short traceback (no importlib frames) and exits with status 1.
import math
print("math ok", math.floor(2.5))
import definitely_not_a_module_krait
