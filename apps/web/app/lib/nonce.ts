import { createContext, useContext } from 'react';

/**
 * The per-request CSP nonce. Only the server render knows it; browsers hide nonces from the DOM, so
 * on the client the value is irrelevant once the page's scripts have run.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export const useNonce = () => useContext(NonceContext);
