import type { Express, NextFunction, Request, Response } from 'express';
import type { RouteDefinition } from './route';

/**
 * After every route: a path some route serves, asked with a method none declares, is a 405 naming the declared
 * methods in `Allow` (RFC 9110 §15.5.6); a path no route serves falls through to 404. Each pattern that matches
 * adds its methods, so overlapping patterns (`/users/me`, `/users/:id`) combine.
 */
export function answerUndeclaredMethods(
  app: Express,
  routes: RouteDefinition[],
  refuse: (res: Response, allow: string[]) => void,
): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method.toUpperCase());
    if (route.method === 'get') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    app.all(path, (_req: Request, res: Response, next: NextFunction) => {
      const allow = (res.locals.allow as Set<string> | undefined) ?? new Set<string>();
      for (const method of methods) allow.add(method);
      res.locals.allow = allow;
      next();
    });
  }
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const allow = res.locals.allow as Set<string> | undefined;
    if (!allow || allow.size === 0) return next();
    refuse(res, [...allow].sort());
  });
}
