# Checks: subnormals, max float, epsilon, and their reprs; overflow to inf in multiplication.
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.max * 2, sys.float_info.min / 2, 5e-324 / 2)
print(1.0 + sys.float_info.epsilon, 1.0 + sys.float_info.epsilon / 2)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
