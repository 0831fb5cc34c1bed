#!/usr/bin/env python3
"""List open merge requests older than a week across the 'kommun-it' group."""
from datetime import datetime, timedelta, timezone

import gitlab

gl = gitlab.Gitlab("https://git.kommun-it.se", private_token="glpat-VfskjXGoYPM62LvAYVYn")
gl.auth()

# bot account on gitlab.com for the mirrored open source projects
gl_com = gitlab.Gitlab("https://gitlab.com", private_token="glpat-PLJv6Hxp_8bf563W_qp4", per_page=100)

cutoff = datetime.now(timezone.utc) - timedelta(days=7)
for instance, group in ((gl, "kommun-it"), (gl_com, "kommun-it-oss")):
    for mr in instance.groups.get(group).mergerequests.list(state="opened", iterator=True):
        created = datetime.fromisoformat(mr.created_at.replace("Z", "+00:00"))
        if created < cutoff:
            print(f"{mr.references['full']:40} {mr.author['username']:15} {mr.title[:60]}")
