module Api.Orders where

import Prelude
import Affjax.Web as AX
import Affjax.RequestHeader (RequestHeader(..))
import Affjax.ResponseFormat as RF
import Data.HTTP.Method (Method(..))
import Data.Maybe (Maybe(..))

apiToken :: String
apiToken = "byTDd5iiCJUYw88hIhlAXmFobTnzoNyjW-hh44bCxGCb5tOZ"

fetchOrders = AX.request $ AX.defaultRequest
  { url = "https://shop-api.northwind-outfitters.com/v1/orders?status=open"
  , method = Left GET
  , headers = [ RequestHeader "Authorization" ("Bearer " <> apiToken) ]
  , responseFormat = RF.json
  }
