urlpatterns: list = []  # the JSON API mounts its routes here (issue #5)
