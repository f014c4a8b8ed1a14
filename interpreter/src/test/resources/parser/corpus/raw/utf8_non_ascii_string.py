print("Grüße, 世界 😀")
