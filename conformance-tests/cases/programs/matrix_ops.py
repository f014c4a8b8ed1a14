# Program: a Matrix class with arithmetic, transpose, determinant, inverse via Gauss-Jordan, and fast power.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}")
        cols = other.transpose().rows
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        a = [row[:] for row in self.rows]
        n = self.n
        det = 1.0
        for i in range(n):
            pivot = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[pivot][i]) < 1e-12:
                return 0.0
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                for c in range(i, n):
                    a[r][c] -= f * a[i][c]
        return det

    def inverse(self):
        n = self.n
        a = [list(map(float, row)) + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(self.rows)]
        for i in range(n):
            pivot = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[pivot][i]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            a[i], a[pivot] = a[pivot], a[i]
            p = a[i][i]
            a[i] = [v / p for v in a[i]]
            for r in range(n):
                if r != i:
                    f = a[r][i]
                    a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        width = max([len(f"{v:g}") for r in self.rows for v in r])
        return "\n".join(["[" + " ".join([f"{v:>{width}g}" for v in r]) + "]" for r in self.rows])


def main():
    a = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
    b = Matrix([[1, 2], [0, 1], [5, -1]])
    print(a * b)
    print(a + a == 2 * a, a.transpose() == a, b.transpose())
    print("det:", round(a.determinant(), 6))
    inv = a.inverse()
    print(Matrix([[round(v, 4) for v in r] for r in inv.rows]))
    check = a * inv
    print(Matrix([[round(v, 9) + 0.0 for v in r] for r in check.rows]) == Matrix.identity(3) * 1.0)
    fib = Matrix([[1, 1], [1, 0]]) ** 90
    print("fib(90) =", fib.rows[0][1])
    try:
        b * b
    except ValueError as e:
        print("error:", e)
    try:
        Matrix([[1, 2], [2, 4]]).inverse()
    except ZeroDivisionError as e:
        print("error:", e)


main()
