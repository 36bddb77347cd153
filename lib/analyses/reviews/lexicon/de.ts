import type { LexiconData } from './types';

/**
 * German review vocabulary (Amazon.de). Adjectives are inflected (bequem, bequeme,
 * bequemer…), so most are written as `stem*`; accents and ß are folded when matching.
 * A German negation may follow its verb ("gefällt mir nicht"): sentiment.ts looks back
 * for German when nothing follows the negation.
 */
export const DE: LexiconData = {
  aspects: {
    'size-fit': {
      terms: ['größe', 'grosse', 'größen', 'passform', 'maße', 'masse', 'abmessung*', 'länge', 'breite', 'höhe', 'größentabelle', 'fassungsvermögen', 'sitzt', 'passt', 'passen', 'passte'],
      pos: ['passt perfekt', 'passt gut', 'sitzt perfekt', 'sitzt gut', 'größengerecht', 'passgenau', 'passt wie angegossen', 'geräumig*'],
      neg: ['fällt klein aus', 'fällt groß aus', 'fällt kleiner aus', 'fällt größer aus', 'zu klein', 'zu groß', 'zu eng', 'zu weit', 'zu kurz', 'zu lang', 'passt nicht', 'passte nicht', 'kleiner als erwartet', 'größer als erwartet'],
    },
    'quality-durability': {
      terms: ['qualität', 'verarbeitung', 'haltbarkeit', 'nähte', 'naht', 'material und verarbeitung', 'hält', 'gehalten', 'druckqualität', 'bildqualität'],
      pos: ['stabil*', 'robust*', 'hochwertig*', 'solide*', 'gut verarbeitet*', 'langlebig*', 'massiv*', 'einwandfrei*', 'top qualität', 'gute qualität', 'sauber verarbeitet*', 'strapazierfähig*'],
      neg: ['kaputt', 'defekt*', 'gebrochen', 'zerbrochen', 'abgebrochen', 'gerissen', 'riss', 'risse', 'billig verarbeitet', 'schlecht verarbeitet*', 'minderwertig*', 'wackelig*', 'wacklig*', 'mangelhaft*', 'klapprig*', 'fusselt', 'pillt', 'rostet', 'rost',
        'undicht', 'läuft aus', 'funktioniert nicht mehr', 'ging kaputt', 'geht kaputt', 'schlechte qualität', 'mangel', 'mängel', 'fehlerhaft*', 'verzogen', 'löst sich', 'abgeplatzt', 'verliert luft', 'luft verloren'],
    },
    material: {
      terms: ['material', 'stoff', 'kunststoff', 'plastik', 'metall', 'edelstahl', 'leder', 'baumwolle', 'polyester', 'holz', 'glas', 'silikon', 'gummi', 'schaumstoff', 'gewebe', 'dicke'],
      pos: ['weich*', 'dick*', 'atmungsaktiv*', 'dehnbar*', 'angenehm*~'],
      neg: ['dünn*', 'durchsichtig*', 'kratzig*', 'steif*', 'billiges plastik', 'billiger kunststoff', 'dünnes material'],
    },
    performance: {
      terms: ['leistung', 'funktion', 'funktionen', 'wirkung', 'saugkraft', 'genauigkeit', 'ergebnis', 'reinigungskraft', 'empfang', 'privatsphäre'],
      pos: ['funktioniert gut', 'funktioniert einwandfrei', 'funktioniert super', 'funktioniert perfekt', 'funktioniert~', 'tut was es soll', 'tut was er soll', 'tut was sie soll', 'erfüllt seinen zweck', 'erfüllt ihren zweck', 'wirksam*', 'leistungsstark*', 'effektiv*', 'präzise*', 'zuverlässig*'],
      neg: ['funktioniert nicht', 'funktionierte nicht', 'nutzlos*', 'unbrauchbar*', 'wirkungslos*', 'ungenau*', 'schwach*', 'versagt'],
    },
    'ease-of-use': {
      terms: ['montage', 'aufbau', 'installation', 'bedienung', 'anleitung', 'handhabung', 'reinigung', 'einrichtung'],
      pos: ['einfach zu', 'einfache*', 'leicht zu', 'spülmaschinengeeignet', 'praktisch*', 'handlich*', 'bequem zu', 'problemlos*', 'unkompliziert*', 'intuitiv*', 'benutzerfreundlich*', 'spülmaschinenfest'],
      neg: ['kompliziert*', 'umständlich*', 'schwierig*', 'mühsam*', 'unpraktisch*', 'blasen', 'luftblasen'],
    },
    appearance: {
      terms: ['aussehen', 'optik', 'farbe', 'farben', 'design', 'look', 'muster', 'stil'],
      pos: ['sieht schön aus', 'hübsch*', 'elegant*', 'edel*', 'chic', 'schick*', 'toll aussehend*', 'sieht gut aus', 'sieht toll aus', 'sieht super aus', 'sieht edel aus', 'optisch ansprechend*', 'stylisch*'],
      neg: ['hässlich*', 'sieht billig aus', 'verblasst', 'ausgeblichen'],
    },
    comfort: {
      terms: ['komfort', 'tragekomfort', 'sitzkomfort', 'polsterung', 'ergonomi*'],
      pos: ['bequem*', 'gemütlich*', 'komfortabel*', 'angenehm zu tragen', 'angenehm zu sitzen'],
      neg: ['unbequem*', 'kratzt', 'juckt', 'drückt', 'schmerzen', 'rückenschmerzen'],
    },
    value: {
      terms: ['preis', 'preise', 'kosten', 'geld', 'preis-leistung*', 'preisleistung*', 'preis leistung*'],
      pos: ['günstig*', 'preiswert*', 'sein geld wert', 'ihr geld wert', 'jeden cent wert', 'lohnt sich', 'gutes preis-leistungs-verhältnis', 'schnäppchen', 'fairer preis', 'preis ist gut'],
      neg: ['teuer*', 'überteuert*', 'zu teuer', 'nicht wert', 'geldverschwendung', 'rausgeschmissenes geld', 'abzocke'],
    },
    'accuracy-description': {
      terms: ['beschreibung', 'abbildung', 'bild', 'bilder', 'foto', 'fotos', 'produktbeschreibung', 'angebot'],
      pos: ['wie beschrieben', 'wie abgebildet', 'wie auf dem bild', 'wie angegeben', 'entspricht der beschreibung', 'wie angekündigt'],
      neg: ['nicht wie beschrieben', 'nicht wie abgebildet', 'irreführend*', 'entspricht nicht', 'anders als auf dem bild', 'anders als abgebildet', 'falsche angaben', 'stimmt nicht'],
    },
    delivery: {
      terms: ['lieferung', 'geliefert', 'versand', 'versendet', 'zustellung', 'angekommen', 'lieferzeit', 'paketdienst', 'dhl', 'hermes', 'dpd'],
      pos: ['schnelle lieferung', 'schneller versand', 'schnell geliefert', 'pünktlich*', 'zügig*', 'schnell da', 'schnell angekommen'],
      neg: ['verspätet', 'verspätung', 'nie angekommen', 'nicht angekommen', 'lange lieferzeit', 'dauerte ewig', 'zu spät'],
    },
    packaging: {
      terms: ['verpackung', 'verpackt', 'karton', 'paket', 'schachtel', 'box'],
      pos: ['einwandfreiem zustand', 'gutem zustand', 'ausgezeichnetem zustand', 'gut verpackt', 'sicher verpackt', 'ordentlich verpackt', 'sorgfältig verpackt', 'unbeschädigt'],
      neg: ['beschädigt*', 'eingedrückt*', 'zerdrückt*', 'schlecht verpackt', 'kaputt angekommen', 'beschädigt angekommen', 'zerbrochen angekommen'],
    },
    'customer-service': {
      terms: ['kundenservice', 'kundendienst', 'service', 'verkäufer', 'händler', 'hersteller', 'support', 'garantie', 'ersatz', 'rückerstattung', 'erstattet'],
      pos: ['freundlich*', 'hilfsbereit*', 'kulant*', 'schnelle antwort', 'schnell reagiert', 'toller service', 'super service'],
      neg: ['unfreundlich*', 'keine antwort', 'nicht reagiert', 'schlechter service', 'falscher artikel', 'falsche größe', 'falsche farbe', 'fehlte', 'fehlten', 'fehlt', 'fehlen'],
    },
    smell: {
      terms: ['duft'],
      pos: ['riecht gut', 'duftet', 'geruchlos*', 'angenehmer duft'],
      neg: ['stinkt', 'stinken', 'gestank', 'chemischer geruch', 'riecht unangenehm', 'riecht streng', 'riecht nach chemie'],
      presence: ['geruch', 'gerüche', 'riecht'],
    },
    noise: {
      terms: ['lautstärke'],
      pos: ['leise', 'geräuschlos*', 'flüsterleise'],
      neg: ['ist laut', 'sehr laut', 'ziemlich laut', 'extrem laut', 'laute*', 'quietscht', 'quietschen', 'klappert', 'klappern', 'brummt', 'knarzt', 'knackt'],
      presence: ['geräusch', 'geräusche', 'lärm'],
    },
    taste: {
      terms: ['geschmack', 'schmeckt', 'aroma'],
      pos: ['lecker*', 'schmackhaft*', 'schmeckt gut', 'schmeckt super'],
      neg: ['schmeckt nicht', 'fad*', 'geschmacklos*', 'abgelaufen', 'verdorben', 'bitter*'],
    },
    battery: {
      terms: ['akku', 'batterie', 'batterien', 'akkulaufzeit', 'laufzeit', 'laden', 'aufladen', 'ladezeit'],
      pos: ['hält lange', 'lange laufzeit', 'lädt schnell'],
      neg: ['akku leer', 'lädt nicht', 'hält nicht lange', 'kurze laufzeit', 'lädt langsam'],
    },
    safety: {
      terms: ['sicherheit', 'schadstoff*', 'bpa', 'lebensmittelecht'],
      pos: ['schadstofffrei', 'ungiftig'],
      neg: ['gefährlich*', 'giftig*', 'verbrannt', 'brandgefahr', 'scharfe kanten', 'scharfkantig*', 'überhitzt', 'geschmolzen', 'stromschlag'],
    },
  },
  positive: [
    'gut', 'gute', 'guter', 'gutes', 'guten', 'schön*', 'sehr gut', 'super', 'toll*', 'prima', 'klasse', 'perfekt*', 'hervorragend*', 'ausgezeichnet*', 'großartig*', 'genial*', 'empfehlenswert*', 'empfehle', 'empfehlen', 'zufrieden*', 'begeistert', 'liebe', 'gefällt',
    'gefallen', 'top', 'spitze', 'wunderbar*', 'fantastisch*', 'positiv*', 'überzeugt', 'überzeugend*', 'ok~', 'okay~', 'in ordnung~', 'brauchbar~', 'ordentlich~', 'bestens', 'beste', 'besser', 'freue', 'froh', 'nichts auszusetzen',
    'kann ich nur empfehlen', 'gerne wieder', 'gelohnt', 'lohnt sich', 'volle punktzahl', 'fünf sterne', '5 sterne', 'kaufempfehlung', 'ideal*', 'klasse produkt',
  ],
  negative: [
    'schlecht*', 'schlimm*', 'furchtbar*', 'schrecklich*', 'mies*', 'enttäuscht', 'enttäuschend*', 'enttäuschung', 'leider', 'schade', 'problem', 'probleme', 'mangel', 'müll', 'schrott', 'katastrophe', 'ärgerlich*', 'nervig*', 'unzufrieden*',
    'nicht empfehlenswert', 'finger weg', 'nie wieder', 'zurückgeschickt', 'zurückgesendet', 'retoure', 'reklamation', 'reklamiert', 'falsch*', 'fehler', 'unbrauchbar', 'mittelmäßig*', 'langsam~', 'geht so~', 'naja~', 'lächerlich*', 'ein stern', 'abzug', 'betrug*', 'betrüger*', 'negativ*', 'schlechter', 'schlechteste*',
  ],
  negators: ['weniger', 'wenig', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nie', 'niemals', 'nichts', 'ohne', 'kaum', 'weder', 'noch nie'],
  neutralPhrases: ['nicht nur', 'nicht mehr lange', 'keine ahnung', 'nicht zu vergessen', 'auf jeden fall', 'ohne zweifel', 'nicht sicher'],
  intensifiers: ['einfach', 'sehr', 'echt', 'wirklich', 'total', 'extrem', 'äußerst', 'absolut', 'richtig', 'ziemlich', 'super', 'besonders', 'unglaublich', 'voll', 'mega', 'so', 'sowas von', 'überaus', 'recht'],
  hedges: ['etwas', 'ein bisschen', 'ein wenig', 'leicht', 'eher', 'etwas zu', 'bisschen', 'ein klein wenig'],
  excess: ['zu', 'viel zu', 'etwas zu', 'deutlich zu', 'allzu'],
  dimensions: ['klein*', 'groß*', 'gross*', 'eng*', 'weit*', 'kurz*', 'lang*', 'breit*', 'schmal*', 'hoch', 'hohe*', 'niedrig*', 'schwer*', 'leicht*', 'dünn*', 'dick*', 'tief*'],
  contrast: ['aber', 'jedoch', 'allerdings', 'doch', 'dennoch', 'trotzdem', 'leider', 'einziger nachteil', 'einziges manko', 'manko', 'nachteil', 'sonst', 'ansonsten'],
  concessive: ['obwohl', 'obgleich', 'zwar', 'auch wenn', 'trotz'],
  uncertain: ['hoffe', 'hoffentlich', 'mal sehen', 'mal schauen', 'wird sich zeigen', 'bin gespannt', 'nicht sicher', 'weiß nicht ob'],
  returns: ['zurückgeschickt', 'zurückgesendet', 'zurückgeben', 'zurückgegeben', 'retoure', 'retourniert', 'rücksendung', 'zurücksenden', 'geld zurück', 'erstattung', 'rückerstattung', 'umgetauscht', 'umtausch'],
  reasons: {
    'quality-defect': ['defekt*', 'kaputt', 'funktioniert nicht', 'funktioniert nicht mehr', 'ging kaputt', 'gebrochen', 'mangelhaft*', 'schlechte qualität', 'fehlerhaft*'],
    'size-fit': ['zu klein', 'zu groß', 'zu eng', 'zu weit', 'zu kurz', 'zu lang', 'passt nicht', 'passte nicht', 'fällt klein aus', 'fällt groß aus'],
    'not-as-described': ['nicht wie beschrieben', 'nicht wie abgebildet', 'irreführend*', 'entspricht nicht der beschreibung', 'anders als auf dem bild', 'falsche angaben'],
    damaged: ['beschädigt*', 'kaputt angekommen', 'beschädigt angekommen', 'zerbrochen angekommen', 'eingedrückt*', 'zerdrückt*'],
    'wrong-or-missing': ['falscher artikel', 'falsche größe', 'falsche farbe', 'falsches produkt', 'fehlte', 'fehlten', 'fehlt', 'unvollständig*'],
    logistics: ['nie angekommen', 'nicht angekommen', 'verspätet', 'verspätung', 'zu spät', 'lange lieferzeit'],
    'changed-mind': ['nicht mehr benötigt', 'versehentlich bestellt', 'aus versehen', 'doch nicht gebraucht'],
    price: ['überteuert*', 'zu teuer', 'woanders günstiger', 'billiger gefunden', 'preis gesenkt'],
    counterfeit: ['fälschung', 'gefälscht*', 'plagiat', 'nicht original', 'kein original', 'fake', 'imitat'],
  },
};
