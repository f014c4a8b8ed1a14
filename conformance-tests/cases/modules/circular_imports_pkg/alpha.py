print("alpha: start")
from circular_imports_pkg import beta
ALPHA = "alpha value"
def use_beta():
    return "alpha sees " + beta.BETA
print("alpha: end")
