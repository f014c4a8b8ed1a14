print("beta: start")
from circular_imports_pkg import alpha
print("beta: alpha has ALPHA yet?", hasattr(alpha, "ALPHA"))
BETA = "beta value"
def use_alpha():
    return "beta sees " + alpha.ALPHA
print("beta: end")
