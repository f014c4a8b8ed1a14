from circular_imports_pkg.delta import DELTA
GAMMA = "gamma"
