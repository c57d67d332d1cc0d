import type { AckCallback } from '../ack.ts';
import type { User } from '../schemas/auth.ts';
import type { Device, DeviceDetail } from '../schemas/device.ts';
import type { HelpRequest, HelpRequestDetail, RequestEvent } from '../schemas/help.ts';

/** Namespace people's consoles connect to. */
export const CONSOLE_NAMESPACE = '/console';

/** Events a console emits; payloads are parsed with the schema named beside each. */
export interface ConsoleToHubEvents {
  /** `deviceListPayloadSchema` */
  'devices:list': (filter: unknown, ack: AckCallback<Device[]>) => void;
  /** `deviceIdPayloadSchema` */
  'device:get': (payload: unknown, ack: AckCallback<DeviceDetail>) => void;
  /** `deviceIdPayloadSchema`: ask the device for a fresh full inventory. */
  'device:request-inventory': (payload: unknown, ack: AckCallback<{ delivered: boolean }>) => void;
  /** `requestListPayloadSchema` */
  'requests:list': (filter: unknown, ack: AckCallback<HelpRequest[]>) => void;
  /** `requestIdPayloadSchema` */
  'request:get': (payload: unknown, ack: AckCallback<HelpRequestDetail>) => void;
  /** `requestIdPayloadSchema`: take the request on; the requester sees who is helping. */
  'request:claim': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
  /** `requestMessageSchema`: write to the requester. */
  'request:message': (payload: unknown, ack: AckCallback<RequestEvent>) => void;
  /** `requestIdPayloadSchema`: mark it solved; the requester confirms or reopens. */
  'request:resolve': (payload: unknown, ack: AckCallback<HelpRequest>) => void;
}

/** Events the hub pushes to consoles. */
export interface HubToConsoleEvents {
  'device:updated': (device: Device) => void;
  'request:created': (request: HelpRequest) => void;
  'request:updated': (request: HelpRequest) => void;
}

/** What the hub knows of an authenticated console socket. */
export interface ConsoleSocketData {
  user: User;
}
