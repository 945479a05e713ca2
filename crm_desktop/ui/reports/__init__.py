"""Reports window, drill-down, plan editor and dashboard."""
