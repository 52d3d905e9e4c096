"""XenStore engine and client API: stdlib + tdb only, no ansible imports."""
