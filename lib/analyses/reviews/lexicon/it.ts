import type { LexiconData } from './types';

/**
 * Italian review vocabulary (Amazon.it). Elided words are split before matching
 * (`l'odore` → `l'` `odore`); accents are folded. Adjectives are inflected by gender and
 * number, so most are written as `stem*` (comod* = comodo, comoda, comodi, comode).
 */
export const IT: LexiconData = {
  aspects: {
    'size-fit': {
      terms: ['taglia', 'taglie', 'misura', 'misure', 'dimensione', 'dimensioni', 'lunghezza', 'larghezza', 'altezza', 'capacità', 'vestibilità', 'calza', 'calzata'],
      pos: ['calza perfettamente', 'calza bene', 'veste bene', 'taglia giusta', 'misura giusta', 'spazios*'],
      neg: ['veste piccolo', 'veste grande', 'troppo piccol*', 'troppo grand*', 'troppo strett*', 'troppo larg*', 'troppo cort*', 'troppo lung*', 'non calza', 'più piccolo del previsto', 'più grande del previsto'],
    },
    'quality-durability': {
      terms: ['qualità', 'fattura', 'finitura', 'finiture', 'durata', 'durabilità', 'cuciture', 'costruzione', 'qualità di stampa'],
      pos: ['robust*', 'solid*', 'resistent*', 'ben fatt*', 'ben costruit*', 'ottima qualità', 'buona qualità', 'alta qualità', 'di qualità', 'durevol*', 'ben rifinit*'],
      neg: ['rott*', 'si è rotto', 'si è rotta', 'difettos*', 'difetto', 'difetti', 'fragil*', 'scadente*', 'mal fatt*', 'pessima qualità', 'bassa qualità', 'scarsa qualità', 'crepat*', 'incrinat*', 'strappat*', 'scucit*', 'arrugginit*',
        'perde', 'non funziona più', 'traballante*', 'instabil*', 'si stacca', 'pallini', 'si sgonfia', 'sgonfi*'],
    },
    material: {
      terms: ['materiale', 'materiali', 'tessuto', 'stoffa', 'plastica', 'metallo', 'acciaio', 'pelle', 'cotone', 'poliestere', 'legno', 'vetro', 'silicone', 'gomma', 'spessore'],
      pos: ['morbid*', 'traspirant*', 'elastic*', 'piacevole al tatto'],
      neg: ['sottil*~', 'trasparent*', 'ruvid*', 'rigid*', 'plastica scadente', 'materiale scadente', 'plasticos*'],
    },
    performance: {
      terms: ['prestazioni', 'prestazione', 'funzione', 'funzioni', 'funzionalità', 'potenza', 'aspirazione', 'efficacia', 'precisione', 'risultato', 'risultati'],
      pos: ['funziona bene', 'funziona perfettamente', 'funziona alla grande', 'funziona~', 'efficac*', 'potent*', 'precis*', 'affidabil*', 'fa il suo lavoro', 'fa il suo dovere', 'svolge il suo compito'],
      neg: ['lentezza', 'non funziona', 'funziona male', 'inefficac*', 'inutil*', 'imprecis*', 'debol*', 'inutilizzabil*'],
    },
    'ease-of-use': {
      terms: ['montaggio', 'installazione', 'utilizzo', 'uso', 'istruzioni', 'pulizia', 'manutenzione'],
      pos: ['facil*', 'facilmente', 'semplic*', 'pratic*', 'comodo da usare', 'intuitiv*', 'maneggevol*', 'lavabile in lavastoviglie'],
      neg: ['difficil*', 'complicat*', 'scomod*~', 'macchinos*', 'bolle', "bolle d'aria"],
    },
    appearance: {
      terms: ['aspetto', 'colore', 'colori', 'design', 'estetica', 'stile', 'look', 'fantasia'],
      pos: ['esteticamente bell*', 'carin*', 'elegant*', 'stupend*', 'splendid*', 'esteticamente', 'raffinat*'],
      neg: ['brutt*', 'sbiadit*', 'scolorit*', 'sembra economico'],
    },
    comfort: {
      terms: ['comfort', 'comodità', 'imbottitura', 'ergonomi*', 'seduta'],
      pos: ['comod*', 'confortevol*', 'morbido da indossare'],
      neg: ['scomod*', 'prude', 'irrita', 'fa male', 'mal di schiena', 'stringe'],
    },
    value: {
      terms: ['prezzo', 'prezzi', 'costo', 'soldi', 'rapporto qualità prezzo', 'rapporto qualità-prezzo', 'rapporto qualità/prezzo'],
      pos: ['economic*', 'convenient*', 'ottimo rapporto qualità prezzo', 'buon rapporto qualità prezzo', 'vale la pena', 'vale il prezzo', 'soldi ben spesi', 'buon prezzo', 'prezzo onesto', 'ottimo prezzo', 'affare'],
      neg: ['caro', 'cara', 'cari', 'care', 'costos*', 'troppo caro', 'soldi sprecati', 'non vale', 'soldi buttati', 'spreco di soldi', 'eccessiv*', 'fregatura'],
    },
    'accuracy-description': {
      terms: ['descrizione', 'foto', 'immagine', 'immagini', 'inserzione', 'scheda'],
      pos: ['come descritto', 'come da descrizione', 'come in foto', 'come nella foto', 'conforme*', 'corrisponde alla descrizione', 'identico alla foto', 'fedele alla descrizione'],
      neg: ['non conforme*', 'non corrisponde', 'diverso dalla foto', 'diversa dalla foto', 'ingannevol*', 'fuorviant*', 'non come descritto', 'non come in foto'],
    },
    delivery: {
      terms: ['consegna', 'consegnato', 'consegnata', 'spedizione', 'spedito', 'arrivato', 'arrivata', 'corriere', 'pacco', 'tempi di consegna'],
      pos: ['consegna veloce', 'consegna rapida', 'spedizione veloce', 'spedizione rapida', 'arrivato in anticipo', 'puntual*', 'velocissim*', 'veloce', 'rapid*', 'nei tempi'],
      neg: ['in ritardo', 'ritardo', 'mai arrivato', 'mai arrivata', 'non è mai arrivato', 'consegna lenta', 'pacco perso', 'smarrito'],
    },
    packaging: {
      terms: ['imballaggio', 'imballo', 'confezione', 'scatola', 'confezionato', 'imballato'],
      pos: ['ben imballato', 'ben confezionato', 'imballato bene', 'confezione curata', 'intatt*', 'integr*'],
      neg: ['danneggiat*', 'ammaccat*', 'schiacciat*', 'rovinat*', 'arrivato rotto', 'arrivata rotta', 'imballato male', 'confezione aperta'],
    },
    'customer-service': {
      terms: ['servizio clienti', 'assistenza', 'venditore', 'venditori', 'produttore', 'garanzia', 'sostituzione', 'rimborso', 'rimborsato'],
      pos: ['disponibil*', 'gentil*', 'cortes*', 'risposta rapida', 'assistenza ottima', 'servizio ottimo'],
      neg: ['nessuna risposta', 'non risponde', 'scortes*', 'assistenza pessima', 'articolo sbagliato', 'taglia sbagliata', 'colore sbagliato', 'mancante', 'mancanti', 'mancava', 'mancavano', 'manca'],
    },
    smell: {
      terms: ['profumo', 'fragranza'],
      pos: ['profuma', 'profumat*', 'senza odore', 'inodore', 'buon odore'],
      neg: ['puzza', 'puzzano', 'cattivo odore', 'odore chimico', 'odore forte', 'forte odore', 'odore sgradevole', 'puzzolent*'],
      presence: ['odore', 'odori'],
    },
    noise: {
      terms: ['volume sonoro'],
      pos: ['silenzios*'],
      neg: ['rumoros*', 'cigola', 'cigolio', 'scricchiola', 'vibra'],
      presence: ['rumore', 'rumori'],
    },
    taste: {
      terms: ['gusto', 'sapore', 'sapori'],
      pos: ['buonissim*', 'gustos*', 'saporit*', 'delizios*'],
      neg: ['insapor*', 'scadut*', 'amar*', 'rancid*'],
    },
    battery: {
      terms: ['durata della batteria', 'durata batteria', 'batteria', 'batterie', 'pile', 'autonomia', 'ricarica', 'carica'],
      pos: ['buona autonomia', 'ottima autonomia', 'dura tanto', 'si ricarica velocemente'],
      neg: ['non si carica', 'non tiene la carica', 'si scarica', 'poca autonomia', 'scarsa autonomia'],
    },
    safety: {
      terms: ['sicurezza', 'bpa', 'tossic*', 'atossic*'],
      pos: ['sicuro da usare', 'sicura da usare'],
      neg: ['pericolos*', 'bruciat*', 'surriscalda', 'si è sciolto', 'tagliente*', 'affilat*'],
    },
  },
  positive: [
    'buon', 'buono', 'buona', 'buoni', 'buone', 'bene', 'bell*', 'bellissim*', 'molto bene', 'ottim*', 'eccellent*', 'perfett*', 'fantastic*', 'super', 'soddisfatt*', 'consiglio', 'consigliat*', 'lo consiglio', 'piace', 'piaciuto', 'piaciuta', 'adoro', 'top', 'meraviglios*',
    'ideale', 'contento', 'contenta', 'felice', 'miglior*', 'meglio', 'eccezional*', 'positiv*', 'correttamente', 'niente da dire', 'nulla da dire', 'nessun problema', 'cinque stelle', '5 stelle', 'ok~', 'discret*~', 'decent*~', 'carino~',
  ],
  negative: [
    'pessim*', 'brutt*', 'scadent*', 'delus*', 'deludent*', 'delusione', 'peccato', 'purtroppo', 'problema', 'problemi', 'difetto', 'sconsiglio', 'sconsigliat*', 'da evitare', 'schifo', 'orribil*', 'terribil*', 'male', 'reso', 'restituito',
    'rimborso', 'insoddisfatt*', 'mediocr*', 'lent*~', 'peggio', 'peggior*', 'sprecat*', 'negativ*', 'non lo consiglio', 'una stella', 'così così~',
  ],
  negators: ['poco', 'meno', 'non', 'mai', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', 'senza', 'né', 'neanche', 'nemmeno', 'neppure'],
  neutralPhrases: ['praticamente', 'non solo', 'non soltanto', 'senza dubbio', 'non vedo l\'ora', 'non so', 'non ancora', 'non sono sicuro', 'non sono sicura'],
  intensifiers: ['molto', 'davvero', 'veramente', 'proprio', 'super', 'estremamente', 'assolutamente', 'particolarmente', 'così', 'tanto', 'parecchio', 'abbastanza', 'decisamente', 'piuttosto'],
  hedges: ['un po\'', 'un po', 'leggermente', 'un pochino', 'un pò', 'lievemente'],
  excess: ['troppo', 'troppa', 'troppi', 'troppe', 'un po\' troppo', 'decisamente troppo'],
  dimensions: ['piccol*', 'grand*', 'strett*', 'larg*', 'cort*', 'lung*', 'alt*', 'bass*', 'pesant*', 'legger*', 'sottil*', 'spess*', 'profond*'],
  contrast: ['ma', 'però', 'tuttavia', 'eppure', 'purtroppo', 'comunque', 'unico difetto', 'unica pecca', 'pecca', 'unico neo', 'altrimenti', 'invece'],
  concessive: ['anche se', 'sebbene', 'benché', 'nonostante', 'malgrado', 'seppur'],
  uncertain: ['spero', 'speriamo', 'vedremo', 'vediamo', 'non so se', 'non sono sicuro', 'non sono sicura', 'staremo a vedere'],
  returns: ['reso', 'restituito', 'restituita', 'restituire', 'rimandato indietro', 'rispedito', 'rimborso', 'rimborsato', 'sostituzione', 'cambio'],
  reasons: {
    'quality-defect': ['rott*', 'si è rotto', 'si è rotta', 'difettos*', 'non funziona', 'non funziona più', 'pessima qualità', 'scadente*', 'mal fatt*'],
    'size-fit': ['troppo piccol*', 'troppo grand*', 'troppo strett*', 'troppo larg*', 'troppo cort*', 'troppo lung*', 'non calza', 'veste piccolo', 'veste grande'],
    'not-as-described': ['non conforme*', 'non corrisponde', 'diverso dalla foto', 'diversa dalla foto', 'ingannevol*', 'non come descritto'],
    damaged: ['danneggiat*', 'ammaccat*', 'schiacciat*', 'arrivato rotto', 'arrivata rotta'],
    'wrong-or-missing': ['articolo sbagliato', 'taglia sbagliata', 'colore sbagliato', 'mancante', 'mancanti', 'mancava', 'mancavano', 'incomplet*'],
    logistics: ['mai arrivato', 'mai arrivata', 'non è mai arrivato', 'in ritardo', 'pacco perso', 'smarrito'],
    'changed-mind': ['non mi serve più', 'ordinato per errore', 'per errore', 'cambiato idea'],
    price: ['troppo caro', 'costa meno altrove', 'prezzo sceso', 'prezzo è sceso'],
    counterfeit: ['contraffatt*', 'falso', 'falsa', 'non originale', 'imitazione', 'tarocc*'],
  },
};
