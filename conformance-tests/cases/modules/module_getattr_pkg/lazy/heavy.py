print("loading heavy")


class Heavy:
    pass
