"""Views: load through the policy module, validate with a form, call a service, render."""
