import type { ServiceDefinition } from '@portal/platform';
import { accountService } from '../../../services/account/src/service';
import { changeTicketService } from '../../../services/change-ticket/src/service';
import { licensingService } from '../../../services/licensing/src/service';
import { notificationService } from '../../../services/notification/src/service';
import { orderService } from '../../../services/order/src/service';

/** The five services whose OpenAPI documents the client is generated from. */
export const portalServices: ServiceDefinition[] = [
  orderService,
  changeTicketService,
  licensingService,
  notificationService,
  accountService,
];
