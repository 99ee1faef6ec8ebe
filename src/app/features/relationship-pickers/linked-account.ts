import { createContext, useContext } from 'react';

/**
 * The account the deal is for. Contact pickers list its people first; a context keeps the
 * other controls from re-rendering when the account changes.
 */
export const LinkedAccountContext = createContext('');

export const useLinkedAccountId = () => useContext(LinkedAccountContext);
