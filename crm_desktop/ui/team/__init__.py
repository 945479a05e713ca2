"""The desktop's side of a team server: sign-in with the certificate's fingerprint, the
current user in the status bar (Sign out, Switch user), the users window and a card's
change history."""
