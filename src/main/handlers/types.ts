import type { Channel, ParsedArgsOf, ResultOf } from '../../shared/api/contract';

/** One function per contract call; `satisfies Handlers` makes a missing one a compile error. */
export type Handlers = {
  [K in Channel]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
};

export type HandlerSlice<K extends Channel> = { [P in K]: Handlers[P] };
