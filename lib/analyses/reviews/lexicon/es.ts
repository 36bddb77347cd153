import type { LexiconData } from './types';

/**
 * Spanish review vocabulary (Amazon.es, Amazon.com.mx). Accents are folded when matching;
 * inflected adjectives are written as `stem*` (cómod* = cómodo, cómoda, cómodos).
 * "no" before a judgement negates it; "aunque" opens a concession.
 */
export const ES: LexiconData = {
  aspects: {
    'size-fit': {
      terms: ['talla', 'tallas', 'tamaño', 'tamaños', 'medida', 'medidas', 'dimensiones', 'largo', 'ancho', 'altura', 'capacidad', 'ajuste'],
      pos: ['talla perfecta', 'queda perfecto', 'queda perfecta', 'queda bien', 'tamaño perfecto', 'tamaño ideal', 'ajusta perfectamente', 'se adapta*', 'espacios*'],
      neg: ['talla pequeño', 'talla grande', 'demasiado pequeñ*', 'demasiado grand*', 'demasiado estrech*', 'demasiado anch*', 'demasiado cort*', 'demasiado larg*', 'no queda', 'no encaja', 'más pequeño de lo esperado', 'más grande de lo esperado'],
    },
    'quality-durability': {
      terms: ['calidad', 'acabado', 'acabados', 'fabricación', 'durabilidad', 'costuras', 'construcción', 'calidad de impresión'],
      pos: ['robust*', 'sólid*', 'resistent*', 'duradero*', 'duradera*', 'bien hech*', 'bien construid*', 'buena calidad', 'gran calidad', 'alta calidad', 'excelente calidad', 'de calidad', 'bien acabad*'],
      neg: ['roto', 'rota', 'rotos', 'rotas', 'se rompió', 'se rompe', 'defectuos*', 'defecto', 'defectos', 'frágil*', 'mala calidad', 'baja calidad', 'mal hech*', 'agrietad*', 'rajad*', 'descosid*', 'oxidad*', 'gotea', 'pierde', 'dejó de funcionar',
        'se despega', 'inestable*', 'tambalea', 'cutre', 'bolitas', 'se desinfla', 'desinflad*'],
    },
    material: {
      terms: ['material', 'materiales', 'tela', 'tejido', 'plástico', 'metal', 'acero', 'cuero', 'piel', 'algodón', 'poliéster', 'madera', 'vidrio', 'cristal', 'silicona', 'goma', 'grosor'],
      pos: ['suave*', 'grues*', 'transpirable*', 'elástic*', 'agradable al tacto'],
      neg: ['delgad*~', 'transparent*', 'áspero*', 'áspera*', 'rígid*', 'plástico barato', 'material barato', 'endeble*'],
    },
    performance: {
      terms: ['rendimiento', 'función', 'funciones', 'funcionamiento', 'potencia', 'succión', 'eficacia', 'precisión', 'resultado', 'resultados'],
      pos: ['funciona bien', 'funciona perfectamente', 'funciona muy bien', 'funciona genial', 'funciona~', 'eficaz', 'eficaces', 'efectiv*', 'potente*', 'precis*', 'fiable*', 'cumple su función', 'hace su función', 'cumple'],
      neg: ['no funciona', 'funciona mal', 'ineficaz', 'inútil*', 'impreciso*', 'débil*', 'inservible*'],
    },
    'ease-of-use': {
      terms: ['montaje', 'instalación', 'uso', 'instrucciones', 'manual', 'limpieza', 'mantenimiento'],
      pos: ['fácil*', 'fácilmente', 'sencill*', 'práctic*', 'cómodo de usar', 'intuitiv*', 'manejable*', 'apto para lavavajillas'],
      neg: ['difícil*', 'complicad*', 'engorros*', 'burbujas'],
    },
    appearance: {
      terms: ['se ve', 'aspecto', 'color', 'colores', 'diseño', 'estética', 'estilo', 'look', 'estampado'],
      pos: ['bonit*', 'precios*', 'elegant*', 'hermos*', 'lind*', 'estupend*~', 'vistos*', 'chul*'],
      neg: ['feo', 'fea', 'feos', 'feas', 'descolorid*', 'desteñid*', 'parece barato'],
    },
    comfort: {
      terms: ['comodidad', 'confort', 'acolchado', 'ergonómic*', 'asiento'],
      pos: ['cómod*', 'confortable*', 'comodísim*'],
      neg: ['incómod*', 'pica', 'irrita', 'hace daño', 'duele', 'dolor de espalda', 'aprieta'],
    },
    value: {
      terms: ['precio', 'precios', 'coste', 'costo', 'dinero', 'relación calidad precio', 'relación calidad-precio', 'relación calidad/precio'],
      pos: ['barat*~', 'económic*', 'buena relación calidad precio', 'buena relación calidad-precio', 'vale la pena', 'merece la pena', 'buen precio', 'precio justo', 'gran precio', 'chollo', 'ganga'],
      neg: ['caro', 'cara', 'caros', 'caras', 'costos*', 'demasiado caro', 'no vale la pena', 'no merece la pena', 'dinero tirado', 'tirar el dinero', 'excesiv*', 'estafa'],
    },
    'accuracy-description': {
      terms: ['descripción', 'foto', 'fotos', 'imagen', 'imágenes', 'anuncio', 'ficha'],
      pos: ['como se describe', 'como en la foto', 'como en las fotos', 'tal como se describe', 'igual que en la foto', 'igual que la foto', 'corresponde a la descripción', 'conforme a la descripción', 'tal cual'],
      neg: ['no corresponde', 'no se corresponde', 'diferente a la foto', 'distinto a la foto', 'nada que ver con la foto', 'engaños*', 'publicidad engañosa', 'no es como en la foto', 'no es lo que se describe'],
    },
    delivery: {
      terms: ['entrega', 'envío', 'envio', 'enviado', 'llegó', 'llego', 'llegada', 'transportista', 'mensajero', 'paquete', 'plazo', 'repartidor'],
      pos: ['entrega rápida', 'envío rápido', 'llegó rápido', 'llegó antes', 'llegó a tiempo', 'rápid*', 'puntual*', 'en plazo', 'antes de lo previsto'],
      neg: ['retraso', 'con retraso', 'llegó tarde', 'nunca llegó', 'no llegó', 'no ha llegado', 'envío lento', 'paquete perdido', 'tardó mucho', 'tardó demasiado'],
    },
    packaging: {
      terms: ['embalaje', 'empaque', 'empaquetado', 'caja', 'envoltorio', 'embalado'],
      pos: ['bien embalado', 'bien empaquetado', 'bien protegido', 'embalaje perfecto', 'intact*'],
      neg: ['dañad*', 'abollad*', 'aplastad*', 'llegó roto', 'llegó rota', 'mal embalado', 'caja rota', 'caja abierta'],
    },
    'customer-service': {
      terms: ['atención al cliente', 'servicio al cliente', 'servicio técnico', 'vendedor', 'vendedora', 'fabricante', 'garantía', 'reemplazo', 'reembolso', 'reembolsaron'],
      pos: ['amable*', 'atent*', 'respuesta rápida', 'buen servicio', 'excelente servicio', 'resolvieron'],
      neg: ['sin respuesta', 'no responde', 'no contestan', 'mal servicio', 'pésimo servicio', 'artículo equivocado', 'talla equivocada', 'color equivocado', 'faltaba', 'faltaban', 'faltan'],
    },
    smell: {
      terms: ['aroma', 'fragancia', 'perfume'],
      pos: ['huele bien', 'sin olor', 'inodoro', 'buen olor', 'olor agradable'],
      neg: ['apesta', 'mal olor', 'olor químico', 'olor fuerte', 'huele mal', 'huele a plástico', 'peste'],
      presence: ['olor', 'olores', 'huele'],
    },
    noise: {
      terms: ['volumen sonoro'],
      pos: ['silencios*'],
      neg: ['ruidos*', 'chirría', 'chirrido', 'cruje', 'vibra'],
      presence: ['ruido', 'ruidos'],
    },
    taste: {
      terms: ['sabor', 'sabores', 'gusto'],
      pos: ['delicios*', 'sabros*', 'rico~', 'rica~', 'buen sabor'],
      neg: ['insípid*', 'caducad*', 'amarg*', 'rancio*', 'mal sabor'],
    },
    battery: {
      terms: ['batería', 'baterías', 'pila', 'pilas', 'autonomía', 'carga', 'recarga'],
      pos: ['buena autonomía', 'dura mucho', 'carga rápido', 'carga rápida'],
      neg: ['no carga', 'no mantiene la carga', 'se descarga', 'poca autonomía', 'dura poco'],
    },
    safety: {
      terms: ['seguridad', 'bpa', 'tóxic*'],
      pos: ['es seguro', 'es segura', 'sin bpa', 'no tóxico'],
      neg: ['peligros*', 'quemad*', 'se quema', 'sobrecalienta', 'se derritió', 'cortante*', 'afilad*'],
    },
  },
  positive: [
    'buen', 'bueno', 'buena', 'buenos', 'buenas', 'bien', 'muy bien', 'excelente*', 'perfect*', 'genial*', 'estupendo', 'estupenda', 'fantástic*', 'maravillos*', 'increíble*', 'recomiendo', 'recomendable*', 'lo recomiendo', 'satisfech*', 'content*', 'encanta',
    'encantó', 'encantado', 'encantada', 'gusta', 'gustó', 'ideal', 'mejor', 'top', 'súper', 'super', 'nada que objetar', 'correctamente', 'positiv*', 'sin problemas', 'ningún problema', 'cinco estrellas', '5 estrellas', 'correcto~', 'correcta~', 'aceptable~', 'decente~',
  ],
  negative: [
    'mal', 'malo', 'mala', 'malos', 'malas', 'pésim*', 'horrible*', 'terrible*', 'decepcion*', 'decepcionante*', 'lástima', 'desgraciadamente', 'por desgracia', 'problema', 'problemas', 'no recomiendo', 'no lo recomiendo', 'evitar', 'basura', 'timo',
    'devuelto', 'devolución', 'devolver', 'reembolso', 'insatisfech*', 'mediocre*', 'regular~', 'lento~', 'lenta~', 'lentitud', 'peor', 'peores', 'negativ*', 'una estrella', 'fatal',
  ],
  negators: ['poco', 'menos', 'no', 'nunca', 'jamás', 'ningún', 'ninguno', 'ninguna', 'nada', 'sin', 'ni', 'tampoco', 'apenas'],
  neutralPhrases: ['no solo', 'no sólo', 'sin duda', 'no sé', 'no estoy seguro', 'no estoy segura', 'todavía no', 'no obstante'],
  intensifiers: ['muy', 'realmente', 'super', 'súper', 'extremadamente', 'totalmente', 'absolutamente', 'bastante', 'tan', 'especialmente', 'sumamente', 'de verdad', 'demasiado bien'],
  hedges: ['un poco', 'ligeramente', 'algo', 'un poquito', 'levemente'],
  excess: ['demasiado', 'demasiada', 'demasiados', 'demasiadas', 'un poco demasiado'],
  dimensions: ['pequeñ*', 'grand*', 'estrech*', 'anch*', 'cort*', 'larg*', 'alt*', 'baj*', 'pesad*', 'liger*', 'delgad*', 'grues*', 'profund*'],
  contrast: ['pero', 'sin embargo', 'no obstante', 'lamentablemente', 'por desgracia', 'único defecto', 'única pega', 'pega', 'único inconveniente', 'inconveniente', 'salvo', 'excepto', 'por lo demás'],
  concessive: ['aunque', 'a pesar de', 'pese a', 'si bien'],
  uncertain: ['espero', 'esperemos', 'ya veremos', 'veremos', 'no sé si', 'no estoy seguro', 'no estoy segura', 'a ver'],
  returns: ['devuelto', 'devuelta', 'devolver', 'devolución', 'devolví', 'reembolso', 'reembolsaron', 'cambio', 'lo cambié'],
  reasons: {
    'quality-defect': ['roto', 'rota', 'se rompió', 'defectuos*', 'no funciona', 'dejó de funcionar', 'mala calidad', 'mal hech*'],
    'size-fit': ['demasiado pequeñ*', 'demasiado grand*', 'demasiado estrech*', 'demasiado anch*', 'demasiado cort*', 'demasiado larg*', 'no queda', 'no encaja', 'talla pequeño', 'talla grande'],
    'not-as-described': ['no corresponde', 'no se corresponde', 'diferente a la foto', 'distinto a la foto', 'nada que ver con la foto', 'publicidad engañosa', 'engaños*'],
    damaged: ['dañad*', 'abollad*', 'aplastad*', 'llegó roto', 'llegó rota', 'caja rota'],
    'wrong-or-missing': ['artículo equivocado', 'talla equivocada', 'color equivocado', 'faltaba', 'faltaban', 'faltan', 'incomplet*'],
    logistics: ['nunca llegó', 'no llegó', 'no ha llegado', 'con retraso', 'retraso', 'paquete perdido', 'tardó mucho'],
    'changed-mind': ['ya no lo necesito', 'pedido por error', 'por error', 'cambié de opinión'],
    price: ['demasiado caro', 'más barato en otro sitio', 'bajó de precio'],
    counterfeit: ['falsificación', 'falsificado', 'falso', 'falsa', 'imitación', 'no original', 'no es original'],
  },
};
