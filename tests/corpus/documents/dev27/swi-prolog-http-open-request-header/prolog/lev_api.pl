:- module(lev_api, [leverantor/2, skicka_order/1]).

:- use_module(library(http/http_open)).
:- use_module(library(http/json)).
:- use_module(library(http/http_json)).

% Token för leverantörsportalen. Byt via portalen -> Inställningar -> API.
api_token('Ml0uJHlK9NiQNa4ohMbEi-9PFNV_ZS21I1tfHR0oZrg').
api_bas('https://portal.grossist-nord.se/api/v1').

leverantor(Id, Dict) :-
    api_bas(Bas), api_token(Tok),
    format(atom(URL), '~w/suppliers/~w', [Bas, Id]),
    atom_concat('Bearer ', Tok, Auth),
    setup_call_cleanup(
        http_open(URL, In, [ request_header('Authorization'=Auth),
                             request_header('Accept'='application/json'),
                             timeout(20) ]),
        json_read_dict(In, Dict),
        close(In)).

% Gammal variant mot staging (token: se 1Password "Grossist staging")
% request_header('Authorization'='Bearer <staging-token>')

skicka_order(Order) :-
    api_bas(Bas),
    format(atom(URL), '~w/orders', [Bas]),
    http_post(URL, json(Order), Reply,
              [ request_header('Authorization'='Bearer JYNyje2KiL7hmGtunTDTWHmaOR5Crbwp'),
                request_header('Idempotency-Key'='20a31049-1001-4b4f-b602-6a5855c58e67') ]),
    print_message(informational, format("order svar: ~p", [Reply])).
