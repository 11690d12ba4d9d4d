/** Which reader finds a cue's parties, by how they are laid out around it (the cue's shape). */
import type { CueShape } from '../cues.js';
import { readAcquisition } from './acquire.js';
import { readContracts, readOrder, readSupplierChosen, readSupply } from './contract.js';
import {
  readBackers,
  readHeldStake,
  readInvestedBy,
  readInvestment,
  readLargestHolder,
  readLedRound,
  readRoundJoiners,
  readRoundLead,
} from './invest.js';
import { readMutual, readSimilarDeal } from './mutual.js';
import type { ShapeReader } from './result.js';
import { readChosenBidder, readSale, readSaleTalks, readSaleWeighed } from './sell.js';
import {
  readBoughtEarlier,
  readDroppedBid,
  readNamedPurchase,
  readOwnerBoughtIt,
  readRivalBid,
  readTakenOverBy,
} from './target-first.js';

export type { ShapeFound, ShapeResult } from './result.js';

export const SHAPES: Record<CueShape, ShapeReader> = {
  'actor-object': readAcquisition,
  'relative-object': readBoughtEarlier,
  'named-before-noun': readNamedPurchase,
  'rival-bid': readRivalBid,
  'dropped-bid': readDroppedBid,
  'led-round': readLedRound,
  'chosen-bidder': readChosenBidder,
  backers: readBackers,
  'seller-only': readSaleWeighed,
  'sale-talks': readSaleTalks,
  'held-stake': readHeldStake,
  'largest-holder': readLargestHolder,
  'round-joiners': readRoundJoiners,
  'round-lead': readRoundLead,
  'relative-actor': readOwnerBoughtIt,
  'object-actor': readTakenOverBy,
  'seller-to-buyer': readSale,
  'investee-investor': readInvestedBy,
  'supplier-customer': readSupply,
  'order-placer': readOrder,
  'customer-supplier': readSupplierChosen,
  'investor-investee': readInvestment,
  'contract-list': readContracts,
  mutual: readMutual,
  'similar-deal': readSimilarDeal,
};
