import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { SessionService } from './session.service';

// Public catalogue endpoints accept this app-level token; user calls use the session token.
const CATALOGUE_TOKEN = 'Zk7uJAysqw3rc1O4xi23EgWr1kUDeTwJYuqQ';
const MAPS_PUBLIC_KEY = 'pk.GSFuhPdghVl7HVGoWmVCjJj99YeynXkE'; // publishable

export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionService);
  if (req.url.startsWith('https://catalogue.mobelform.se/')) {
    return next(req.clone({ setHeaders: { Authorization: `Bearer ${CATALOGUE_TOKEN}` } }));
  }
  const t = session.accessToken();
  return t ? next(req.clone({ setHeaders: { Authorization: `Bearer ${t}` } })) : next(req);
};
