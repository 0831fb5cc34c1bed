from jira import JIRA

jira = JIRA(server="https://jira.verkstad.local", token_auth="/yPIW6pk2rHTYqbVjT4l+YY9/jlbBYv7hjF6zcd4qKto")
confluence_headers = {"Authorization": "Bearer I5ogZ9FPa/HWKxJvsAv+azgqqUNJ4vp9Q8szRnPmDM7B"}  # same PAT type, confluence.verkstad.local

issues = jira.search_issues('project = VERK AND sprint in openSprints() ORDER BY Rank', maxResults=500)
done = sum(1 for i in issues if i.fields.status.statusCategory.key == "done")
print(f"{done}/{len(issues)} klara")
