// The root README's frontend call, compiled by typecheck so the README cannot show a call that does not compile.
import { createPortalClient, PortalClientOptions } from './index';

declare const baseUrls: PortalClientOptions['baseUrls'];
declare const session: { accessToken: string };
declare function showProblem(code: string, detail: string | undefined): void;
declare function render(lines: unknown[]): void;

export async function readmeExample(orderNumber: string): Promise<void> {
  const portal = createPortalClient({ baseUrls, token: () => session.accessToken });
  const { data, error } = await portal.order.GET('/sales-orders/{orderNumber}', { params: { path: { orderNumber } } });
  if (error) showProblem(error.code, error.detail);
  else render(data.lines);
}
