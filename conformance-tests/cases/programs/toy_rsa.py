# Program: toy RSA with big ints: Miller-Rabin primality (fixed bases), key generation, modular inverse, encrypt/sign.


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def text_to_int(s):
    return int.from_bytes(s.encode("utf-8"), "big")


def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")


def main():
    print([n for n in range(90, 130) if is_probable_prime(n)])
    print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561))
    p = next_prime(10 ** 40 + 12345)
    q = next_prime(3 * 10 ** 39 + 777)
    n = p * q
    phi = (p - 1) * (q - 1)
    e = 65537
    d = modinv(e, phi)
    print("p =", p)
    print("q =", q)
    print("n bits:", n.bit_length(), "d*e % phi:", d * e % phi)
    message = "Krait 🐍 ok"
    m = text_to_int(message)
    c = pow(m, e, n)
    print("cipher:", c)
    print("decrypted:", int_to_text(pow(c, d, n)))
    sig = pow(m, d, n)
    print("signature valid:", pow(sig, e, n) == m, "tampered valid:", pow(sig + 1, e, n) == m)
    print(egcd(240, 46), modinv(3, 11), pow(3, -1, 11))
    try:
        modinv(6, 9)
    except ValueError as e:
        print("error:", e)


main()
