"""Orders: the list window (`list_window`) and the order dialog (`order_dialog`)."""
