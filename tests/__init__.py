"""Tests of the test set-up itself (the apps' tests live in sakip/<app>/tests)."""
