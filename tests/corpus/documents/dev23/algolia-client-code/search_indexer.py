"""Reindex the product catalogue into Algolia (run by the catalogue-worker after each import)."""
import logging
import os

from algoliasearch.search.client import SearchClientSync

log = logging.getLogger(__name__)

ALGOLIA_APP_ID = os.getenv("ALGOLIA_APP_ID", "ZEFYPE31PW")
# Admin API key: full rights incl. deleting indices. Server side only!
ALGOLIA_ADMIN_KEY = os.getenv("ALGOLIA_ADMIN_KEY", "05a4483045d79624508aa6f7e6b741ff")
# Search-only key, also shipped to the browser in templates/base.html
ALGOLIA_SEARCH_KEY = "e0727c1f37c5ccb79fb78613869708ad"

# restricted key for the suggestions index (addObject, deleteObject on query_suggestions_*)
SUGGESTIONS_WRITE_KEY = "bc0a419acaed8e064f8ee902f748606f"


def client(admin=True):
    return SearchClientSync(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY if admin else ALGOLIA_SEARCH_KEY)


def reindex(products):
    c = client()
    objs = [{"objectID": p["sku"], "name": p["name"], "price": p["price"], "brand": p.get("brand")} for p in products]
    res = c.replace_all_objects("products_sv", objs, batch_size=1000)
    log.info("reindexed %d products (task %s)", len(objs), res.copy_operation_response.task_id)


def push_suggestions(rows):
    c = SearchClientSync(ALGOLIA_APP_ID, SUGGESTIONS_WRITE_KEY)
    c.save_objects("query_suggestions_sv", rows)
