"""Demo data: a realistic database for trying the program and for benches (not a service)."""
