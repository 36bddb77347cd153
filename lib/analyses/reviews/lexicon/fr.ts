import type { LexiconData } from './types';

/**
 * French review vocabulary (Amazon.fr). Elided words are split before matching
 * (`n'est` → `n'` `est`, `l'odeur` → `l'` `odeur`), so `n'` and `ne` are negators and
 * `pas` after the verb is found too. Accents are folded when matching.
 * "pas terrible" is a fixed complaint (colloquial *terrible* = great).
 */
export const FR: LexiconData = {
  aspects: {
    'size-fit': {
      terms: ['taille', 'tailles', 'dimension*', 'longueur', 'largeur', 'hauteur', 'capacité', 'guide des tailles', 'coupe', 'ajustement'],
      pos: ['taille parfaitement', 'taille bien', 'taille normalement', 'bonne taille', 'parfaitement ajusté*', 'va parfaitement', 'spacieux*'],
      neg: ['taille petit', 'taille grand', 'trop petit*', 'trop grand*', 'trop serré*', 'trop large*', 'trop court*', 'trop long*', 'ne va pas', 'plus petit que prévu', 'plus grand que prévu'],
    },
    'quality-durability': {
      terms: ['qualité', 'qualité de l\'image', 'qualité du son', 'finition', 'finitions', 'fabrication', 'durabilité', 'coutures', 'couture', 'solidité', "qualité d'impression", "qualité d'image"],
      pos: ['solide*', 'robuste*', 'durable*', 'bien fait*', 'bien fini*', 'bonne qualité', 'haute qualité', 'costaud*', 'résistant*', 'bien conçu*'],
      neg: ['cassé*', 'casse', 'cassent', 'fissuré*', 'défectueux*', 'défectueuse*', 'défaut*', 'fragile*', 'mal fait*', 'mauvaise qualité', 'de mauvaise qualité', 'bas de gamme', 'bouloche', 'boulochage', 'déchiré*', 'décousu*', 'rouille', 'rouillé*',
        'fuit', 'fuite', 'ne fonctionne plus', 'tombé en panne', 'en panne', 'branlant*', 'instable*', 'camelote', 'pacotille', 'se décolle', 'tache', 'taches', 'taché*', 'se dégonfle', 'dégonflé*'],
    },
    material: {
      terms: ['matière', 'matériau', 'matériaux', 'tissu', 'plastique', 'métal', 'acier', 'inox', 'cuir', 'coton', 'polyester', 'bois', 'verre', 'silicone', 'caoutchouc', 'mousse', 'épaisseur', 'toucher'],
      pos: ['doux', 'douce*', 'épais*', 'respirant*', 'extensible*', 'agréable au toucher'],
      neg: ['trop fin*', 'transparent*', 'rêche*', 'rigide*', 'plastique bas de gamme', 'plastique de mauvaise qualité', 'gratte', 'qui gratte'],
    },
    performance: {
      terms: ['performance*', 'fonction', 'fonctions', 'fonctionnalité*', 'puissance', 'aspiration', 'efficacité', 'précision', 'résultat*', 'pouvoir nettoyant'],
      pos: ['fonctionne bien', 'fonctionne parfaitement', 'fonctionne très bien', 'fonctionne~', 'marche bien', 'marche très bien', 'marche parfaitement', 'efficace*', 'puissant*', 'précis*', 'fiable*', 'fait le job', 'fait le travail', 'remplit son rôle'],
      neg: ['ne fonctionne pas', 'ne marche pas', 'fonctionne mal', 'marche mal', 'inefficace*', 'inutile*', 'imprécis*', 'faible*', 'inutilisable*'],
    },
    'ease-of-use': {
      terms: ['montage', 'installation', 'utilisation', 'notice', 'mode d\'emploi', 'nettoyage', 'entretien', 'prise en main'],
      pos: ['facile*', 'facilement', 'simple*', 'pratique*', 'maniable*', 'intuitif*', 'sans difficulté', 'passe au lave-vaisselle'],
      neg: ['difficile*', 'compliqué*', 'galère', 'pas pratique', 'peu pratique', 'bulles', "bulles d'air"],
    },
    appearance: {
      terms: ['apparence', 'aspect', 'couleur', 'couleurs', 'design', 'look', 'style', 'motif'],
      pos: ['beau', 'belle*', 'beaux', 'joli*', 'élégant*', 'magnifique*', 'superbe*', 'mignon*', 'chic', 'classe~', 'esthétique*'],
      neg: ['moche*', 'laid*', 'fait cheap', 'délavé*', 'terne*'],
    },
    comfort: {
      terms: ['confort', 'rembourrage', 'ergonomi*', 'assise'],
      pos: ['confortable*', 'agréable à porter', 'moelleux*', 'douillet*'],
      neg: ['inconfortable*', 'pas confortable', 'gratte', 'irrite', 'mal au dos', 'fait mal', 'serre'],
    },
    value: {
      terms: ['prix', 'coût', 'argent', 'rapport qualité prix', 'rapport qualité-prix', 'rapport qualité/prix', 'tarif'],
      pos: ['bon rapport qualité prix', 'bon rapport qualité-prix', 'excellent rapport qualité prix', 'pas cher', 'bon marché', 'abordable*', 'vaut le coup', 'vaut son prix', 'bon prix', 'prix correct', 'prix raisonnable', 'bonne affaire', 'économique*'],
      neg: ['cher', 'chère', 'trop cher', 'hors de prix', 'excessif*', 'arnaque', "ne vaut pas", "pas la peine", 'argent jeté', 'onéreux*'],
    },
    'accuracy-description': {
      terms: ['description', 'photo', 'photos', 'image', 'images', 'annonce', 'fiche produit', 'descriptif'],
      pos: ['conforme*', 'comme décrit', 'comme sur la photo', 'comme sur les photos', 'identique à la photo', 'correspond à la description', 'fidèle à la description', 'conforme à la description'],
      neg: ['non conforme*', 'pas conforme*', 'ne correspond pas', 'trompeur*', 'trompeuse*', 'mensonger*', 'différent de la photo', 'rien à voir avec la photo', 'pas comme sur la photo'],
    },
    delivery: {
      terms: ['livraison', 'livré', 'livrée', 'livrés', 'livrées', 'expédition', 'expédié*', 'colis', 'arrivé*', 'transporteur', 'délai*', 'livreur'],
      pos: ['livraison rapide', 'livré rapidement', 'reçu rapidement', 'arrivé rapidement', 'rapide', 'rapidement', 'dans les temps', 'à temps', 'en avance', 'délai respecté', 'délais respectés'],
      neg: ['retard', 'en retard', 'jamais reçu', 'jamais arrivé', 'jamais livré', 'livraison lente', 'colis perdu', 'toujours pas reçu'],
    },
    packaging: {
      terms: ['emballage', 'emballé*', 'carton', 'boîte', 'boite', 'paquet', 'conditionnement'],
      pos: ['en parfait état', 'en bon état', 'bien emballé*', 'soigneusement emballé*', 'emballage soigné', 'bien protégé*', 'intact*'],
      neg: ['abîmé*', 'abimé*', 'endommagé*', 'écrasé*', 'cabossé*', 'mal emballé*', 'arrivé cassé*', 'emballage déchiré'],
    },
    'customer-service': {
      terms: ['service client', 'sav', 'service après-vente', 'vendeur', 'vendeuse', 'fabricant', 'garantie', 'remplacement', 'remboursé*', 'remboursement'],
      pos: ['réactif*', 'serviable*', 'aimable*', 'à l\'écoute', 'réponse rapide', 'très bon service', 'service impeccable'],
      neg: ['aucune réponse', 'pas de réponse', 'injoignable*', 'désagréable*', 'service déplorable', 'mauvais article', 'mauvaise taille', 'mauvaise couleur', 'manquant*', 'manque', 'manquait', 'manquaient', 'il manque'],
    },
    smell: {
      terms: ['parfum', 'senteur'],
      pos: ['sent bon', 'sans odeur', 'inodore*', 'odeur agréable', 'bonne odeur'],
      neg: ['pue', 'puent', 'puanteur', 'mauvaise odeur', 'odeur chimique', 'odeur forte', 'forte odeur', 'sent mauvais', 'sent le plastique'],
      presence: ['odeur', 'odeurs', 'sent'],
    },
    noise: {
      terms: ['volume sonore'],
      pos: ['silencieux*', 'silencieuse*', 'discret*', 'discrète*'],
      neg: ['bruyant*', 'grince', 'grincement*', 'claque', 'vibre'],
      presence: ['bruit', 'bruits'],
    },
    taste: {
      terms: ['goût', 'gout', 'saveur*'],
      pos: ['délicieux*', 'délicieuse*', 'bon goût', 'savoureux*'],
      neg: ['fade*', 'insipide*', 'périmé*', 'mauvais goût', 'amer*', 'rance*'],
    },
    battery: {
      terms: ['batterie', 'batteries', 'pile', 'piles', 'autonomie', 'charge', 'recharge', 'chargement'],
      pos: ['bonne autonomie', 'tient la charge', 'charge rapide', 'autonomie excellente'],
      neg: ['ne charge pas', 'ne tient pas la charge', 'faible autonomie', 'se décharge', 'charge lente'],
    },
    safety: {
      terms: ['sécurité', 'bpa', 'toxique*', 'contact alimentaire'],
      pos: ['sans danger', 'sans bpa', 'non toxique'],
      neg: ['dangereux*', 'dangereuse*', 'brûlé*', 'brûlure*', 'surchauffe', 'a fondu', 'fondu', 'coupant*', 'tranchant*', 'électrocuté*'],
    },
  },
  positive: [
    'bon', 'bonne', 'bons', 'bonnes', 'bien', 'très bien', 'super', 'excellent*', 'parfait*', 'génial*', 'top', 'formidable*', 'impeccable*', 'satisfait*', 'contente', 'content', 'ravi*', 'recommande', 'recommandé*', 'je recommande', 'aime', 'adore',
    'adoré', 'plaît', 'plait', 'merveille', 'merveilleux*', 'idéal*', 'nickel', 'correct~', 'correcte~', 'pas mal~', 'agréable*', 'meilleur*', 'mieux', 'bravo', 'sans problème', 'aucun problème', 'rien à redire', 'rien à dire', 'au top', 'cinq étoiles', '5 étoiles',
  ],
  negative: [
    'mauvais*', 'mauvaise*', 'nul', 'nulle', 'horrible*', 'affreux*', 'décevant*', 'déçu*', 'déception', 'dommage', 'malheureusement', 'problème', 'problèmes', 'souci', 'soucis', 'pas terrible', 'à éviter', 'regrette', 'catastrophe', 'médiocre*',
    'honteux*', 'inacceptable*', 'lent~', 'lente~', 'lenteur', 'mal', 'manque de', 'exécrable*', 'déplorable*', 'impossible', 'négatif*', 'pire', 'arnaque', 'retourné', 'renvoyé', 'remboursement', 'défaut', 'bof~', 'moyen~', 'moyenne~', 'une étoile', 'déconseille', 'n\'achetez pas',
  ],
  negators: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'ni', 'guère', 'plus aucun', 'non', 'peu', 'moins'],
  neutralPhrases: ['non seulement', 'pas seulement', 'sans doute', 'sans aucun doute', 'ne serait-ce', 'pas encore', "n'importe", 'simplement', 'pratiquement', 'bien sûr', 'bien entendu', 'ne sais pas', 'pas sûr', "n'hésitez pas", "n'hésite pas"],
  intensifiers: ['très', 'vraiment', 'super', 'extrêmement', 'hyper', 'tellement', 'si', 'totalement', 'absolument', 'particulièrement', 'bien', 'assez', 'tout à fait', 'plutôt'],
  hedges: ['un peu', 'légèrement', 'un petit peu', 'quelque peu', 'un brin'],
  excess: ['trop', 'beaucoup trop', 'un peu trop', 'bien trop'],
  dimensions: ['petit*', 'grand*', 'serré*', 'large*', 'court*', 'long*', 'étroit*', 'haut*', 'bas', 'lourd*', 'léger*', 'fin', 'fine', 'épais*', 'profond*'],
  contrast: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'par contre', 'en revanche', 'malheureusement', 'seul bémol', 'seul défaut', 'bémol', 'sinon', 'hormis', 'sauf'],
  concessive: ['bien que', 'même si', 'malgré', 'quoique'],
  uncertain: ['j\'espère', 'espérons', 'à voir', 'reste à voir', 'pas sûr', 'je ne sais pas si', 'on verra', 'verrons'],
  returns: ['retourné', 'retourner', 'renvoyé', 'renvoyer', 'retour', 'remboursé*', 'remboursement', 'échangé', 'échange'],
  reasons: {
    'quality-defect': ['cassé*', 'défectueux*', 'défectueuse*', 'ne fonctionne pas', 'ne fonctionne plus', 'ne marche pas', 'en panne', 'mauvaise qualité', 'mal fait*'],
    'size-fit': ['trop petit*', 'trop grand*', 'trop serré*', 'trop large*', 'trop court*', 'trop long*', 'taille petit', 'taille grand', 'ne va pas'],
    'not-as-described': ['non conforme*', 'pas conforme*', 'ne correspond pas', 'trompeur*', 'mensonger*', 'différent de la photo', 'rien à voir avec la photo'],
    damaged: ['abîmé*', 'abimé*', 'endommagé*', 'écrasé*', 'cabossé*', 'arrivé cassé*'],
    'wrong-or-missing': ['mauvais article', 'mauvaise taille', 'mauvaise couleur', 'manquant*', 'il manque', 'manquait', 'incomplet*'],
    logistics: ['jamais reçu', 'jamais arrivé', 'jamais livré', 'en retard', 'retard', 'colis perdu'],
    'changed-mind': ['plus besoin', 'commandé par erreur', 'par erreur', 'changé d\'avis'],
    price: ['trop cher', 'moins cher ailleurs', 'hors de prix', 'prix a baissé'],
    counterfeit: ['contrefaçon', 'faux', 'fausse', 'copie', 'pas original', 'pas authentique'],
  },
};
