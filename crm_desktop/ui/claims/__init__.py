"""The claims windows: the list, the card, the reasons list and the desk's Claims tab."""
