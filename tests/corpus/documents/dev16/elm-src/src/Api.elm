module Api exposing (getProfile, devToken)

import Http
import Json.Decode as D


{-| Only used in the local dev build (elm reactor). Never ship.
-}
devToken : String
devToken =
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjhmV0pseVhQNU5WRG91VTl1cC1jSVEifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmt2YXJuaG9sbS5zZS9yZWFsbXMvd2ViIiwic3ViIjoiYjMwMDM0Y2ItOWQ0NC05ZGZmLTI0MmUtOWNmYTQ5Y2QwMjVkIiwiYXVkIjoiYWNjb3VudCIsImlhdCI6MTc2NTIwMjQ4NiwiZXhwIjoxNzY1Mjg4ODg2LCJqdGkiOiJLbzdMeXE3M0pWOFFzREU0In0.VmpH687ZpTRqVAbvHAYydDM-sHO1Z-YBva57AFWugx4lAQ437qHnL7DfF2y9dNIxW3Q4v7Gfni5i-cE3XPUm4EBqq22_vbKtHC3LKaWZEAZhVVi7mK0njswKXcQfBH8_JnvP2cmsIfxpxWvxrdwJ3i9_klplrQcFFmA87St7FQFHjnB01QQG-elLhEVxVwhq_eR72rQwpEGRSXlcECWBHfpDAs1xohUitsxAbtVX4crd0nnoH-RByDOlx3BR3s2j5j7s92bk3ZwDECIpoG20aM8UigjsFmdjMmpHv7P8cg6Q5rCWUQL35qoAylwYMZknmanuHpUk2-xZsI_MXaz20t"


getProfile : String -> (Result Http.Error Profile -> msg) -> Cmd msg
getProfile token toMsg =
    Http.request
        { method = "GET"
        , headers = [ Http.header "Authorization" ("Bearer " ++ token) ]
        , url = "/api/me"
        , body = Http.emptyBody
        , expect = Http.expectJson toMsg profileDecoder
        , timeout = Just 10000
        , tracker = Nothing
        }


type alias Profile =
    { name : String, email : String }


profileDecoder : D.Decoder Profile
profileDecoder =
    D.map2 Profile (D.field "name" D.string) (D.field "email" D.string)
